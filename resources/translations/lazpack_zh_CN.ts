<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>lazpack is free software under the MIT licence.
It ships Qt and Qt for Python (LGPL-3.0) and FFmpeg (LGPL-2.1+) as separate, replaceable libraries, and the Python packages listed below under their own licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The third-party notices could not be read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied — paste them into your message to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About lazpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing station for Lazada sellers: scan, verify, pack, print the AWB, ready to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1&lt;br&gt;Settings: %2&lt;br&gt;Log folder: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Link this barcode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is unknown. Is it one of these items? It will be remembered for this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm an item without barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which item did you check by eye? It is recorded as confirmed manually.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Serial scanner on %1.</source>
        <extracomment>built with the window (a saved printer that is gone is reported there)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lazpack — internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside lazpack. Your work so far is kept.
If it happens again, copy the details below and send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Paste the address the browser showed after consenting.</source>
        <extracomment>The seller consent page (lazada-api.md §2.1); one host for every country. Refresh the access token when less than this is left (issue 7: &quot;under a day&quot;). Warn that the shop must be re-authorized when its refresh token has less than this left. Below this the current access token is not worth using even if a refresh failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted address has no authorization code (…?code=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole address from the browser after clicking Submit on Lazada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted address belongs to a different authorization attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Authorize again and paste the address from that browser tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Barcodes</name>
    <message>
        <source>“%1” is an item, and no order is open. Scan the order number or its label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an open order, tracking number or package id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the label of order %2 (expected %3). Check the parcel&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item: “%1” is %2, which is not in order %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item: %1 is not in order %2 (it belongs to order %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Link it to one of this order&apos;s items if it is one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode “%1”.%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchOutcomeDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>emitted with the newest report after a retry finished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: Lazada may or may not have applied these; lazpack re-reads the orders before anything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) can be retried.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retry possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; the order is re-read before re-sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed: internal error (logged).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPacker</name>
    <message>
        <source>not in the open orders list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open at the scan station; finish or cancel it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of it is still packed from a refused attempt and could not be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already packed; not packed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to pack (items canceled, shipped or not paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack answer was lost and the order could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack answer was lost; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack refused: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the order was left unpacked so it ships in one parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the other items may stay packed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label not fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check before ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ready-to-ship answer was lost and it did not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to ship refused: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row for this order in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the packed part is still to undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Cancel this order (before packing) / close it</source>
        <extracomment>Control and format characters: GS (FNC1 as transmitted), RS, EOT, stray CR/LF/Tab, zero-width spaces some wedge drivers inject. Every command barcode starts with this. &quot;#&quot; and &quot;:&quot; together never occur in Lazada SKUs in practice, Code128 (set B) encodes them, and the prefix is short enough for a 100 mm wide command sheet. What the command sheet prints under each barcode (the packer&apos;s words).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: finish the remaining steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repack (new package, new label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the missing item without a barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack the verified items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>lazpack — command barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no commands to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a Code128 barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ASCII letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode with the station&apos;s scanner. Keep this sheet next to the packing desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbsDeliveryDialog</name>
    <message>
        <source>Delivered by seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) delivered by your own fleet:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  —  order %2  —  %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failed delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbsPanel</name>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failed delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print delivery &amp;slips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverySlip</name>
    <message>
        <source>Package %1 has no items to put on a delivery slip.</source>
        <extracomment>3 dots per module on a 203 dpi thermal head: bars land on whole dots and scan reliably.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the order and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery slip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIVERY SLIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by seller · page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIVER TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLLECT (COD): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received by: ____________________</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfilmentDialogs</name>
    <message>
        <source>• %1 (order %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the package?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate these packages at Lazada?
%1

The printed label becomes VOID: remove it from the parcel. The order goes back to To pack, and a new package and label follow when it is packed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver digital items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n digital item(s) of %1 as delivered at Lazada?
Send the codes or vouchers to the buyers first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not loaded, so its slip cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the orders (F5) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS delivery slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfilmentService</name>
    <message>
        <source>Lazada offers no shipment provider for this order (%1 allocation) and does not allocate one itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <extracomment>Package ids alone, or ``{package_id: order_id}`` so the journal and the report know the order. One batch call of the port: package ids in, merged rows out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows Lazada marked as retryable can be re-sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no order id; reload the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shipment provider chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>scan %1</source>
        <extracomment>Orders a search shows at most; the status line says when there are more. Scan results that are a packer&apos;s mistake (as the journal&apos;s wrong-scan rate counts them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Lazada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action / scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id or number, tracking number, package id, SKU or scanned code</source>
        <extracomment>Emitted after every finished search (the number of rows shown). Emitted after an export with (path, rows written).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All packers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line and press Enter to see the order&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — only the %n most recent orders are shown; narrow the search or the dates to see older ones</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong scan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item scan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a known outcome</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemKeys</name>
    <message>
        <source>seller SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop SKU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>unpaid</source>
        <extracomment>Lazada&apos;s item statuses in the packer&apos;s words (shown through :func:`status_text`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to ship pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped back success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped back failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost by 3PL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged by 3PL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalConnection</name>
    <message>
        <source>The journal %1 could not store a text with an invalid character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again; report it if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is locked by another program (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 could not be written to disk (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check free disk space and that the disk is still connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this user write access to the data folder, or start lazpack with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged journal was kept as %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the file in the way, or start lazpack with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: a folder of that name is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move or rename that folder, or start lazpack with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: the data folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging (mode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the data folder on a local disk, not a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is damaged and cannot be moved aside: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the file away by hand, then start lazpack again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalViews</name>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journaled</name>
    <message>
        <source>no rows in the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>Something went wrong.</source>
        <extracomment>Short, plain-language message for the status bar / banner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada refused the request.</source>
        <extracomment>What to do next.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s authorization is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the shop (Shops → Reconnect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is invalid or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token is invalid or expired; the shop must be authorized again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code is invalid, used or expired (codes last 30 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the authorization again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app can only be authorized through the Service Market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada rejected the request signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the app key and app secret in the shop settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada is rate-limiting this app; waiting before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lazpack retries automatically; check the network if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to Lazada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the station&apos;s network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada sent an answer lazpack cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed locally; try again. Report it if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada says the seller account is not verified or not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lazpack checks the order at Lazada before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one package or order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required for a failed delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a reason from the list or type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These labels were printed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the reprint; a second label on a parcel confuses the courier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels printed already: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This label was voided (the package was re-created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label of the new package instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order in Seller Center; it cannot be packed from the station yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label printer is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it is switched on, or choose another printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is not available, so shop secrets cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local journal could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check free disk space and permissions of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local journal cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update lazpack on this station, or start it with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the local journal is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space (or move the data folder), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop authorization did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Authorize again and finish the consent page in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop is disconnected and must be authorized again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the label again (Reprint); lazpack discards the damaged copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <source>Unknown label paper %1.</source>
        <extracomment>Thermal label printers print at 203 dpi; PDF output uses it so a saved label prints 1:1. Above this the raster only costs time: no label printer resolves finer. Page sizes within this many millimetres count as the same paper.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown orientation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use portrait or landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lazpack test label
%1 × %2 mm
The frame must be complete
and 2 mm from every edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label printer “%1” was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. Choose another printer in Settings → Printer, or print with the system dialog. Available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. No printers are installed; print with the system dialog or save the labels as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label printer “%1” reports an error (offline or out of labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it is switched on, connected and loaded, or choose another printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to portrait in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to landscape in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm paper but the label is %4 × %5 mm, so it prints at %6 size. Fix: set the paper size to %4 × %5 mm in the printer&apos;s settings (Printers → Preferences), or pick the paper it really has in Settings → Printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” adds margins (%2 mm), which shrink the label. Fix: set the margins to 0 / borderless in the printer&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print job could not be started on “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the printer, or choose another; the labels are kept and can be printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the printer; then print the labels again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed while printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the printer (paper, cover, cable); then print the labels again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label printer is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one in Settings → Printer, or print with the system dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelService</name>
    <message>
        <source>The label of package %1 was voided.</source>
        <extracomment>package id → prints so far, including this one where ``print_label`` sends jobs; the UI sets it from the printer settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada&apos;s label link expired twice in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the station&apos;s clock and network, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrintAWB answered without a label link for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of %1 is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWB ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a label printer in Settings → Printer, or print with the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <source>The label folder %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of package %1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label print record cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label print records cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>The redirect URI is not a loopback address (http://127.0.0.1:PORT/…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address from the browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on this PC is busy, so lazpack cannot receive the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the program using it, or paste the address from the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lazpack only expects the Lazada redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to lazpack&apos;s current authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to lazpack and click Authorize again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization was not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Authorize again in lazpack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is being connected to lazpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and go back to lazpack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting…</source>
        <extracomment>Tab bar order; None is &quot;All&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Shop authorization needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lazpack — DEMO shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — simulated orders. Nothing here reaches a real shop.</source>
        <extracomment>keys the window&apos;s packing actions own even while the field has focus the status bar&apos;s Reconnect button: open Station → Shops…</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order, AWB or item barcode (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: order, SKU, item, tracking, customer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the orders of one shop (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packer — scan your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderBatchReport</name>
    <message>
        <source>%1 of %2 orders done, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>To pack</source>
        <extracomment>The tabs the window shows, in order, with the packer&apos;s words for them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital</source>
        <extracomment>Item statuses the full sync fetches: everything a work tab can show. &quot;2× MUG, CAP&quot;, built once per row: the list shows and sorts by it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order selected</source>
        <extracomment>verification progress of the order open at the scan station (per SKU)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order in the list or scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint label (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview label (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repack… (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIGITAL — no parcel; deliver with Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>🎁 gift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🎁 gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPipeline</name>
    <message numerus="yes">
        <source> %n item(s) stay pending.</source>
        <extracomment>Tells the packer (through the service&apos;s listeners) what a step did.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 packed (%2).%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label printed. Scan it on the parcel to confirm.</source>
        <extracomment>the state the running step is heading for (the next-action text while working)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada did not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last %1 of order %2 and cannot be checked right now (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent until it can be checked; scan DONE to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of order %1 is still packed from the refused attempt (%2); it is undone before the rest is packed, so the order ships in one parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan DONE to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 changed at Lazada: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take canceled items out of the parcel and scan CANCEL, or pack the rest with PARTIAL after undoing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The packed part was undone so the order ships in one parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Part of it is packed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada did not pack order %1: %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The part Lazada packed was undone so the order ships in one parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Part of it is packed in %1; that is undone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada did not pack all of order %1 (its answer was lost and the order is still to pack).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no package to print a label for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for order %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be set ready to ship: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set order %1 ready to ship (its answer was lost and the package is still packed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is ready to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada did not set order %1 ready to ship: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is ready to ship (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recreate the package of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada did not recreate the package of order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 recreated: its label is void. Scan DONE to pack again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ cancel requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Texts the search index keeps results for (a few searches&apos; worth of keystrokes). Up to this many changed rows are merged in place; more (a full sync page) re-sort.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package / tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash on delivery: the courier collects the money</source>
        <extracomment>{Tab: count} after every change of the book. The search index: text → visible positions for the current tab, shop and row order (cleared when any of them changes). A keystroke narrows the longest cached text it contains instead of all rows; backspacing is a lookup.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackBatchDialog</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack &amp; ship — results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED (retry possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n can be retried (R).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n order(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retry failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackContext</name>
    <message>
        <source>A shipment provider must be chosen for this order.</source>
        <extracomment>Asked when the shop must pick a shipment provider (``provider_choice == &quot;ask&quot;`` or no saved choice): returns the chosen ``provider_code`` or None when the packer declined. (shop_id, order_id) -&gt; packages of a partly refused Pack whose undo has not succeeded yet: settled before the order is packed again (one parcel per order)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one in the provider dialog, or save one for the shop in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Starting — checking unfinished work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lazpack is still checking the last session with Lazada; scan again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repack cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select orders in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Packing and shipping %n order(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>Order %1 has nothing to pack (its items are canceled, shipped, digital or unpaid).</source>
        <extracomment>for UNKNOWN: the SKUs of the open order this barcode could be linked to Item statuses a packer can still work on at the station. Later ones (shipped...) and canceled rows are shown nowhere in the session: they are not in the parcel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item scan to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved packing session cannot be restored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order again; its state at Lazada is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>Scan an order or AWB</source>
        <extracomment>False until start-up recovery ran: no scan or batch may write before it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to ship ✓ — scan the next order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing…</source>
        <extracomment>(flash, settled tint, text) per severity; light palette then dark palette kinds after which the service goes on by itself when the policy reaches that step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking ready to ship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished — scan DONE to retry, or CANCEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan item %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items verified — scan DONE to pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed — scan DONE to print the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the label on the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label printed — scan DONE for ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order open</source>
        <extracomment>&quot;ok&quot; | &quot;error&quot; | &quot;info&quot; | &quot;ready&quot; — the colour currently shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer: — (scan your card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingService</name>
    <message>
        <source>Empty scan ignored.</source>
        <extracomment>ScanOutcome kind -&gt; the journal&apos;s scan ``result`` vocabulary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ignored: order %2 is still being processed. Scan again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” not counted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many: %1 — %2 is already complete (%3 of %4). Put this one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed without barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. All %2 items verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not in the open orders list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the current order is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong label: “%1” belongs to order %2, not to order %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is still open (%2 of %3 verified, %4). Finish it or scan CANCEL before opening order %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It is already ready to ship at Lazada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Already packed at Lazada (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2): %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1 belongs to order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait: the current step is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 different items are missing: choose the one to confirm on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order first, then link the barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be linked to an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already means %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back one %1 (%2): %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cancelled at the station; nothing was sent to Lazada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 closed; it stays %2 at Lazada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Scan them, confirm them manually, or scan PARTIAL to pack only the verified ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the label on the parcel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify at least one item before packing part of an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing %1 of %2 items; the rest stays pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no packed order with a label to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered-by-seller orders have no AWB label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the label again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a packed order that is not ready to ship can be repacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreating the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed order %1 where it stopped: %2 of %3 verified, %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The document cannot be shown (%1).</source>
        <extracomment>preview width of one page in pixels (readable at 1366×768)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>• %1: printed %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These labels were printed already:
%1

Reprint only if the first label is lost or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s page does not match the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the label size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label printer not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2

The labels are kept; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Label printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every time (system print dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test label sent. Its frame must be whole, 2 mm from each edge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDecision</name>
    <message>
        <source>Shipment provider %1 is not offered for this order.</source>
        <extracomment>Reasons offered for a failed DBS delivery; the packer may type another one. A DBS package is out with the seller&apos;s own fleet after RTS; Confirm/FailedDeliveryForDBS act on ``ready_to_ship`` only (lazada-api.md §4.6, §5). A paid digital item waits in ``pending``; DeliverDigital moves it to ``delivered`` (§5).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the providers in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPickerDialog</name>
    <message>
        <source>Choose the shipment provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1) for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑/↓ to move, Enter to choose, Esc to cancel. The choice is remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>not applied: printing changes nothing at Lazada; print again if needed</source>
        <extracomment>Statuses an item reaches only after a successful Pack. Statuses an item reaches only after a successful ReadyToShip. Actions that change nothing at Lazada, so repeating them is harmless there. Fresh items per order, so the caller can reopen the order panel without a read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: the intent names no order, nothing to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: Lazada does not know order %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: order %1 could not be read (%2); nothing is sent until it can</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: lazpack cannot check a %1 at Lazada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: the items were canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied: packed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (in %3); %4 still to pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: the items are still to pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: the items are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (%3); the rest still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: the items are still %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: still packed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied: the package was recreated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied: the old package is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (package %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already packed%2; not packing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is %2 at Lazada; it cannot be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is no longer in the order at Lazada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 has no live items at Lazada (canceled or repacked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 is already ready to ship; nothing sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 cannot be set ready to ship: items are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep history for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal lines older than this are removed when lazpack starts. Writes to Lazada whose outcome is still unknown are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>“%1” is not a lazpack command barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several items of this order: %2. Confirm the right one on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several orders: %2. Open the right one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Serial scanners are not supported here: %1</source>
        <extracomment>a scanner presses Shift for capitals and some symbols: those presses are part of a burst the Vietnamese input method whose composed letters a burst is taken apart with</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open scanner port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Stop after verifying (I scan DONE to pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack automatically, then wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack and print the label automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack, print and mark ready to ship automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada allocates the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my saved provider per shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order first: scan the order, then the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label first: labels printed in a batch, scan the label to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the printed label on the parcel before ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sounds on every scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: keyboard scanner only (e.g. COM3, /dev/ttyACM0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &amp;printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the last item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply at once; the serial scanner reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask with the print dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-border (all six countries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect shop</source>
        <extracomment>the message shown when a step failed (bad input, keyring, Lazada refused, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Lazada shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Key from the Lazada Open Platform console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Secret (kept in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL registered for the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for Lazada (emulator: http://127.0.0.1:PORT/rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste the address the browser shows after consenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Lazada… finish the consent page in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in on the Lazada page that opened and click Submit, then paste the address the browser shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting the shop…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopService</name>
    <message>
        <source>Unknown region %1; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app key is a number (App Console → App Overview → App Key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app secret from the App Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI must be the callback URL registered for the app (https://… or http://127.0.0.1:PORT/… for the built-in listener).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop %1 is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app secret of shop %1 is missing from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the shop and enter the app secret again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopTokenProvider</name>
    <message>
        <source>Shop %1 is not authorized on this station; reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-authorize this shop within %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization of shop %1 has ended; authorize it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1 (%2); reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved (%1); this shop will need to be reconnected after lazpack restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopsWidget</name>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this station?

Its app secret and tokens are deleted from the system keyring; orders already packed stay in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to the scan field</source>
        <extracomment>(key sequence, what it does) — the overview lists these in this order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the scan field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the scanned or typed code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A barcode scanner works wherever the focus is, except in dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: go on to pack / print / ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc (in the scan field), Ctrl+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the open order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm an item that has no barcode (recorded as manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack only the verified items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint / preview the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repack: recreate the package (the old label becomes void)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack &amp; ship the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver digital items of the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–9, ↑↓ Enter, Esc (in a choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an item in the link / confirm dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the packing station from another page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: search every scan and action, per-order timeline, CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats: orders and items per hour per packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one shop&apos;s orders (with several shops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc (in search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch tab: To pack, Packed, Ready, DBS, Problems, All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the orders list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in the orders list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several orders for a batch action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order in the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with Lazada now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkuChoiceDialog</name>
    <message>
        <source>Press the number, or ↑↓ and Enter. Esc cancels.</source>
        <extracomment>a second key within this time of the first is a scanner, not a person choosing a scan that arrived while the dialog was up (it closed unanswered)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationCore</name>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>How often a new simulated order arrives in the demo shop. Resume the interrupted order after the first sync, or after this long without one. How long shutdown waits for a running pack/label/RTS step to close its journal entry. Opens the station&apos;s journal (SQLite today; a second backend plugs in here). downloads a document or image from the shop&apos;s hosts (product images, PDFs) the demo shop&apos;s own world (in-process); None for a real shop the service that keeps this shop&apos;s tokens (configured shops only) every shop connected since start (kept after shutdown: tests read the demo world) the shop service of the configured shops (None until one is needed) asks the packer for a shipment provider; without one the saved choice is used every sync state change of every shop (the window&apos;s sync indicator) something the packer should read (a failed resume); the window shows it start-up recovery ran: scans and batches may write from now on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History could not be cleaned up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume the last order: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationLabels</name>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>The label cache and print ledger of one shop (the core gives each shop its own folder). called with the job name right before a job goes to the sink (benchmarks, UI) called with the job name once a shop&apos;s job was printed and counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a label printer in Settings, or print with the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <source>Done / next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order (Esc in the scan field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm item without barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack verified items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repack (void label)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver digital items of selected orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels as PDF (no printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print command sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected orders has digital items to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no label to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Label printed (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Labels are now saved as PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels are now sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no package label yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops cannot be managed here: the system keyring is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops changed — restart lazpack to open or close their orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n d)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Re-authorize soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>This day</source>
        <extracomment>(label, days ending on the chosen day)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Longest retention the setting offers: ten years.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders / hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong-scan rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no packer logged in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders over %2 hours with at least one packed order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>(hours shown, {packer: orders per hour}) of the last plot — what the bars say.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders packed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders packed per hour — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved. History older than %n day(s) is removed at start-up.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <extracomment>Emitted after every finished refresh (the number of packer-day rows).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders / hour (station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was packed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Unknown packing step %1; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Internal error while syncing orders.</source>
        <extracomment>GetMultipleOrderItems takes at most 50 order ids per call (lazada-api.md §3.3). Re-read this much before the newest ``updated_at`` seen: clocks and commits are not exact.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log; syncing keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>no order open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack the verified items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the existing label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazada already has this order packed: repack it, or close it.</source>
        <extracomment>(state, event) -&gt; next state. Everything else is illegal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 while the order is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order number, tracking number or package id.</source>
        <extracomment>States in which the packer is still scanning the order&apos;s items.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan DONE to try again, or CANCEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on it — please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the label on the parcel to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan DONE to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan DONE to print the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan DONE to mark ready to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the parcel aside and scan the next order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan %1 — %2 (%3 left); %n more SKU(s) missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scan %1 — %2 (%3 left).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
