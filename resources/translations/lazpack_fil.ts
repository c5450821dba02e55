<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Open another order?</source>
        <translation>Magbukas ng ibang order?</translation>
    </message>
    <message>
        <source>Order {current} is being packed ({verified} of {expected} items verified).

Leave it and open order {other}?</source>
        <translation>Ipina-pack pa ang order {current} ({verified} sa {expected} item ang na-check).

Iwan ito at buksan ang order {other}?</translation>
    </message>
    <message>
        <source>&amp;Leave it, open {other}</source>
        <translation>&amp;Iwan, buksan ang {other}</translation>
    </message>
    <message>
        <source>&amp;Keep packing {current}</source>
        <translation>&amp;Ituloy ang pag-pack ng {current}</translation>
    </message>
    <message>
        <source>Pick list</source>
        <extracomment>settings.ui keys (no new settings fields: the ui dict is the window&apos;s own)</extracomment>
        <translation>Pick list</translation>
    </message>
    <message>
        <source>The selected orders (%n)</source>
        <translation>Mga napiling order (%n)</translation>
    </message>
    <message>
        <source>Every order of this tab (%n)</source>
        <translation>Lahat ng order sa tab na ito (%n)</translation>
    </message>
    <message>
        <source>Everything to pack for the shipping provider</source>
        <translation>Lahat ng to pack para sa courier</translation>
    </message>
    <message>
        <source>Add a packing slip page per order</source>
        <translation>Magdagdag ng packing slip page kada order</translation>
    </message>
    <message>
        <source>A4 printer</source>
        <translation>A4 printer</translation>
    </message>
    <message>
        <source>(ask with the print dialog)</source>
        <translation>(itanong sa print dialog)</translation>
    </message>
    <message>
        <source>Make pick list</source>
        <translation>Gumawa ng pick list</translation>
    </message>
    <message>
        <source>%n selected orders</source>
        <translation>%n napiling order</translation>
    </message>
    <message>
        <source>Pick list #%1</source>
        <translation>Pick list #%1</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship the %n orders to pack</source>
        <translation>I-pack &amp;&amp; i-ship ang %n order na to pack</translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>Buksan ang napiling order</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>Ginagawa ang pick list…</translation>
    </message>
    <message>
        <source>The pick list could not be saved: </source>
        <translation>Hindi na-save ang pick list: </translation>
    </message>
    <message>
        <source>Pick list #%1 saved as %2</source>
        <translation>Na-save ang pick list #%1 bilang %2</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>Product catalogue</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>No barcode yet</source>
        <translation>Wala pang barcode</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>I-import ang CSV/XLSX…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>I-export…</translation>
    </message>
    <message>
        <source>Stickers for the selected SKUs…</source>
        <translation>Stickers para sa napiling SKU…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>%n SKUs</source>
        <translation>%n SKU</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Spreadsheet (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>I-import ang catalogue</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>I-export ang catalogue</translation>
    </message>
    <message>
        <source>Imported: %n SKUs changed.</source>
        <translation>Na-import: %n SKU ang nabago.</translation>
    </message>
    <message>
        <source>%n SKUs exported to </source>
        <translation>%n SKU ang na-export sa </translation>
    </message>
    <message>
        <source>Select the SKUs to print stickers for first.</source>
        <translation>Pumili muna ng SKU na ipi-print ang sticker.</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Preview ng import</translation>
    </message>
    <message>
        <source>Import %n changes</source>
        <translation>I-import ang %n pagbabago</translation>
    </message>
    <message>
        <source>SKU stickers</source>
        <translation>SKU stickers</translation>
    </message>
    <message>
        <source>Sticker size</source>
        <translation>Laki ng sticker</translation>
    </message>
    <message>
        <source>(save as PDF)</source>
        <translation>(i-save bilang PDF)</translation>
    </message>
    <message>
        <source>Sticker printer</source>
        <translation>Sticker printer</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>I-save ang stickers bilang PDF</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Hindi na-save: </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>lazpack is free software under the MIT licence.
It ships Qt and Qt for Python (LGPL-3.0) and FFmpeg (LGPL-2.1+) as separate, replaceable libraries, and the Python packages listed below under their own licences.</source>
        <translation>Ang lazpack ay libreng software sa ilalim ng MIT licence.
Kasama nito ang Qt at Qt for Python (LGPL-3.0) at FFmpeg (LGPL-2.1+) bilang hiwalay at napapalitang library, at ang mga Python package sa ibaba sa sarili nilang licence.</translation>
    </message>
    <message>
        <source>(The third-party notices could not be read: %1)</source>
        <translation>(Hindi mabasa ang third-party notices: %1)</translation>
    </message>
    <message>
        <source>Diagnostics copied — paste them into your message to support.</source>
        <translation>Nakopya na ang diagnostics — i-paste sa mensahe mo sa support.</translation>
    </message>
    <message>
        <source>About lazpack</source>
        <translation>Tungkol sa lazpack</translation>
    </message>
    <message>
        <source>Packing station for Lazada sellers: scan, verify, pack, print the AWB, ready to ship.</source>
        <translation>Packing station para sa Lazada sellers: i-scan, i-check, i-pack, i-print ang AWB, ready to ship.</translation>
    </message>
    <message>
        <source>Data folder: %1&lt;br&gt;Settings: %2&lt;br&gt;Log folder: %3</source>
        <translation>Data folder: %1&lt;br&gt;Settings: %2&lt;br&gt;Log folder: %3</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Kopyahin ang diagnostics</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Mga licence:</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Link this barcode?</source>
        <translation>I-link ang barcode na ito?</translation>
    </message>
    <message>
        <source>“%1” is unknown. Is it one of these items? It will be remembered for this shop.</source>
        <translation>Hindi kilala ang “%1”. Isa ba ito sa mga item na ito? Tatandaan ito para sa shop na ito.</translation>
    </message>
    <message>
        <source>Confirm an item without barcode</source>
        <translation>Kumpirmahin ang item na walang barcode</translation>
    </message>
    <message>
        <source>Which item did you check by eye? It is recorded as confirmed manually.</source>
        <translation>Aling item ang tiningnan mo? Itatala ito bilang manual na kumpirmasyon.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Connecting to the warehouse database…</source>
        <extracomment>What runs after the first paint waits at most this long for it (a window that starts minimised or on a screen that never paints must still open its shops). built with the window (a saved printer that is gone is reported there) settings fields that fell back to defaults at start (shown once the window is up) set once the window&apos;s first frame is painted (or after ``FIRST_PAINT_WAIT_S``) set once the core and the scan path are built (right after the first paint)</extracomment>
        <translation>Kumokonekta sa warehouse database…</translation>
    </message>
    <message>
        <source>Serial scanner on %1.</source>
        <translation>Serial scanner sa %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lazpack — internal error</source>
        <translation>lazpack — internal error</translation>
    </message>
    <message>
        <source>Something went wrong inside lazpack. Your work so far is kept.
If it happens again, copy the details below and send them to support.</source>
        <translation>May nagkamali sa loob ng lazpack. Naka-save ang trabaho mo.
Kung maulit, kopyahin ang detalye sa ibaba at ipadala sa support.</translation>
    </message>
    <message>
        <source>lazpack — settings</source>
        <translation>lazpack — Settings</translation>
    </message>
    <message>
        <source>Some settings could not be used; lazpack uses the defaults for them.</source>
        <translation>May ilang settings na hindi magamit; default ang gagamitin ng lazpack para sa mga ito.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Paste the address the browser showed after consenting.</source>
        <extracomment>The seller consent page (lazada-api.md §2.1); one host for every country. Refresh the access token when less than this is left (issue 7: &quot;under a day&quot;). Warn that the shop must be re-authorized when its refresh token has less than this left. Below this the current access token is not worth using even if a refresh failed.</extracomment>
        <translation>I-paste ang address na ipinakita ng browser pagkatapos pumayag.</translation>
    </message>
    <message>
        <source>That does not look like an authorization code.</source>
        <translation>Mukhang hindi iyan authorization code.</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Hindi in-authorize ng Lazada ang shop: %1</translation>
    </message>
    <message>
        <source>The pasted address has no authorization code (…?code=…).</source>
        <translation>Walang authorization code ang na-paste na address (…?code=…).</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser after clicking Submit on Lazada.</source>
        <translation>Kopyahin ang buong address mula sa browser pagkatapos i-click ang Submit sa Lazada.</translation>
    </message>
    <message>
        <source>The pasted address belongs to a different authorization attempt.</source>
        <translation>Ibang authorization attempt ang na-paste na address.</translation>
    </message>
    <message>
        <source>Click Authorize again and paste the address from that browser tab.</source>
        <translation>I-click muli ang Authorize at i-paste ang address mula sa tab na iyon.</translation>
    </message>
</context>
<context>
    <name>Barcodes</name>
    <message>
        <source>“%1” is an item, and no order is open. Scan the order number or its label first.</source>
        <translation>Item ang “%1”, at walang bukas na order. I-scan muna ang order number o ang label nito.</translation>
    </message>
    <message>
        <source>“%1” is not an open order, tracking number or package id.</source>
        <translation>Ang “%1” ay hindi bukas na order, tracking number o package id.</translation>
    </message>
    <message>
        <source>“%1” is not the label of order %2 (expected %3). Check the parcel&apos;s label.</source>
        <translation>Ang “%1” ay hindi label ng order %2 (dapat %3). Tingnan ang label sa parcel.</translation>
    </message>
    <message>
        <source>Wrong item: “%1” is %2, which is not in order %3.</source>
        <translation>Maling item: ang “%1” ay %2, wala sa order %3.</translation>
    </message>
    <message>
        <source>Wrong item: %1 is not in order %2 (it belongs to order %3).</source>
        <translation>Maling item: wala ang %1 sa order %2 (sa order %3 ito).</translation>
    </message>
    <message>
        <source> Link it to one of this order&apos;s items if it is one of them.</source>
        <translation> I-link ito sa isang item ng order na ito kung isa ito roon.</translation>
    </message>
    <message>
        <source>Unknown barcode “%1”.%2</source>
        <translation>Hindi kilalang barcode “%1”.%2</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Bigo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Hindi alam</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>emitted with the newest report after a retry finished</extracomment>
        <translation>Order</translation>
    </message>
    <message>
        <source>Package / item</source>
        <translation>Package / item</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lazada says</source>
        <translation>Sabi ng Lazada</translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <translation>&amp;Ulitin ang mga bigong row</translation>
    </message>
    <message>
        <source>Unknown: Lazada may or may not have applied these; lazpack re-reads the orders before anything is sent again.</source>
        <translation>Hindi alam: maaaring nagawa na o hindi pa ng Lazada; babasahin muli ng lazpack ang mga order bago magpadala ulit.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) can be retried.</source>
        <translation>
            <numerusform>%n bigong row ang puwedeng ulitin.</numerusform>
            <numerusform>%n bigong row ang puwedeng ulitin.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retry possible)</source>
        <translation>%1 (puwedeng ulitin)</translation>
    </message>
    <message>
        <source>The answer was lost; the order is re-read before re-sending.</source>
        <translation>Nawala ang sagot; babasahin muli ang order bago ipadala ulit.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n row(s)…</source>
        <translation>
            <numerusform>Inuulit ang %n row…</numerusform>
            <numerusform>Inuulit ang %n row…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Bigo ang pag-ulit: %1</translation>
    </message>
    <message>
        <source>Retry failed: internal error (logged).</source>
        <translation>Bigo ang pag-ulit: internal error (naka-log).</translation>
    </message>
</context>
<context>
    <name>BatchPacker</name>
    <message>
        <source>not changed: %1 (read twice), so nothing was sent</source>
        <extracomment>the item ids the order book holds for the order: a fresh read must have them all digital items still to deliver; physical: the order has items to pack</extracomment>
        <translation>hindi binago: %1 (dalawang beses binasa), kaya walang naipadala</translation>
    </message>
    <message>
        <source>not in the open orders list</source>
        <translation>wala sa listahan ng bukas na order</translation>
    </message>
    <message>
        <source>open at the scan station; finish or cancel it there first</source>
        <translation>bukas sa scan station; tapusin o i-cancel muna roon</translation>
    </message>
    <message>
        <source>could not read the order</source>
        <translation>hindi mabasa ang order</translation>
    </message>
    <message>
        <source>part of it is still packed from a refused attempt and could not be undone</source>
        <translation>may bahagi pang naka-pack mula sa tinanggihang attempt at hindi ma-undo</translation>
    </message>
    <message>
        <source>Delivered by your own fleet: no AWB; print its delivery slip in the DBS tab and mark it delivered there.</source>
        <translation>Hatid ng seller: walang AWB; i-print ang delivery slip sa DBS tab at i-mark na delivered doon.</translation>
    </message>
    <message>
        <source>digital items not delivered: %1</source>
        <translation>hindi na-deliver ang digital items: %1</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention its digital items</source>
        <translation>Hindi binanggit ng sagot ng Lazada ang digital items</translation>
    </message>
    <message>
        <source>the answer to the digital delivery was lost; it is checked with Lazada before anything is sent again</source>
        <translation>nawala ang sagot sa digital delivery; iche-check muna sa Lazada bago magpadala ulit</translation>
    </message>
    <message>
        <source>digital delivery refused: %1 (%2)</source>
        <translation>na-refuse ang digital delivery: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n digital item(s) delivered.</source>
        <translation>
            <numerusform>%n digital item ang na-deliver.</numerusform>
            <numerusform>%n digital item ang na-deliver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lazada refused to deliver its digital items: %1 (%2)</source>
        <translation>Ayaw i-deliver ng Lazada ang digital items: %1 (%2)</translation>
    </message>
    <message>
        <source>digital items already delivered.</source>
        <translation>na-deliver na ang digital items.</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>walang item</translation>
    </message>
    <message>
        <source>no digital item to deliver (%1)</source>
        <translation>walang digital item na ide-deliver (%1)</translation>
    </message>
    <message>
        <source>already packed; not packed again.</source>
        <translation>naka-pack na; hindi na ipa-pack ulit.</translation>
    </message>
    <message>
        <source>nothing to pack (items canceled, shipped or not paid)</source>
        <translation>walang ipa-pack (na-cancel, naipadala na o hindi pa bayad ang mga item)</translation>
    </message>
    <message>
        <source>no shipment provider was chosen for this group</source>
        <translation>walang napiling courier para sa grupong ito</translation>
    </message>
    <message>
        <source>Lazada refused to pack it: %1 (%2)</source>
        <translation>Ayaw i-pack ng Lazada: %1 (%2)</translation>
    </message>
    <message>
        <source>shipment providers not read: %1</source>
        <translation>hindi nabasa ang couriers: %1</translation>
    </message>
    <message>
        <source>Lazada refused to offer a shipment provider: %1 (%2)</source>
        <translation>Walang courier na binigay ang Lazada: %1 (%2)</translation>
    </message>
    <message>
        <source>the pack answer was lost and the order could not be checked</source>
        <translation>nawala ang sagot sa pack at hindi ma-check ang order</translation>
    </message>
    <message>
        <source>the pack answer was lost; %1</source>
        <translation>nawala ang sagot sa pack; %1</translation>
    </message>
    <message>
        <source>pack refused: %1 (%2)</source>
        <translation>tinanggihan ang pack: %1 (%2)</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this order</source>
        <translation>hindi binanggit ng sagot ng Lazada ang order na ito</translation>
    </message>
    <message>
        <source> — the order was left unpacked so it ships in one parcel.</source>
        <translation> — hindi muna in-pack ang order para isang parcel lang ito.</translation>
    </message>
    <message>
        <source> — the other items may stay packed in %1.</source>
        <translation> — maaaring naka-pack pa ang ibang item sa %1.</translation>
    </message>
    <message>
        <source>label not fetched: %1</source>
        <translation>hindi nakuha ang label: %1</translation>
    </message>
    <message>
        <source>Lazada refused to print its label: %1 (%2)</source>
        <translation>Ayaw i-print ng Lazada ang label: %1 (%2)</translation>
    </message>
    <message>
        <source>label not printed: %1</source>
        <translation>hindi na-print ang label: %1</translation>
    </message>
    <message>
        <source>could not check before ready to ship</source>
        <translation>hindi ma-check bago i-ready to ship</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>hindi pa handa</translation>
    </message>
    <message>
        <source>Lazada refused to set it ready to ship: %1 (%2)</source>
        <translation>Ayaw i-ready to ship ng Lazada: %1 (%2)</translation>
    </message>
    <message>
        <source>the ready-to-ship answer was lost and it did not apply</source>
        <translation>nawala ang sagot sa ready to ship at hindi ito nailapat</translation>
    </message>
    <message>
        <source>ready to ship refused: %1 (%2)</source>
        <translation>tinanggihan ang ready to ship: %1 (%2)</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this package</source>
        <translation>hindi binanggit ng sagot ng Lazada ang package na ito</translation>
    </message>
    <message>
        <source>no row for this order in the answer</source>
        <translation>walang row para sa order na ito sa sagot</translation>
    </message>
    <message>
        <source>the whole call was refused: %1 (%2)</source>
        <translation>na-refuse ang buong call: %1 (%2)</translation>
    </message>
    <message>
        <source>; the packed part is still to undo</source>
        <translation>; kailangan pang i-undo ang naka-pack na bahagi</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>%1 is empty.</source>
        <translation>Walang laman ang %1.</translation>
    </message>
    <message>
        <source>%1 has no SKU column.</source>
        <translation>Walang SKU column ang %1.</translation>
    </message>
    <message>
        <source>The first row names the columns: %1.</source>
        <translation>Nasa unang row ang pangalan ng mga column: %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Walang file na %1.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (%2).</source>
        <translation>Hindi UTF-8 text ang %1 (%2).</translation>
    </message>
    <message>
        <source>Save it from the spreadsheet as “CSV UTF-8”, or as .xlsx.</source>
        <translation>I-save ito mula sa spreadsheet bilang “CSV UTF-8”, o bilang .xlsx.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Hindi mabasa ang %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Hindi maisulat ang %1: %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Cancel this order (before packing) / close it</source>
        <extracomment>Control and format characters: GS (FNC1 as transmitted), RS, EOT, stray CR/LF/Tab, zero-width spaces some wedge drivers inject. Every command barcode starts with this. &quot;#&quot; and &quot;:&quot; together never occur in Lazada SKUs in practice, Code128 (set B) encodes them, and the prefix is short enough for a 100 mm wide command sheet. What the command sheet prints under each barcode (the packer&apos;s words).</extracomment>
        <translation>I-cancel ang order (bago i-pack) / isara ito</translation>
    </message>
    <message>
        <source>Done: finish the remaining steps</source>
        <translation>Tapos: gawin ang natitirang hakbang</translation>
    </message>
    <message>
        <source>Reprint the label</source>
        <translation>I-print ulit ang label</translation>
    </message>
    <message>
        <source>Repack (new package, new label)</source>
        <translation>I-repack (bagong package, bagong label)</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>I-undo ang huling item scan</translation>
    </message>
    <message>
        <source>Confirm the missing item without a barcode</source>
        <translation>Kumpirmahin ang kulang na item nang walang barcode</translation>
    </message>
    <message>
        <source>Pack the verified items only</source>
        <translation>I-pack lang ang mga na-check na item</translation>
    </message>
    <message>
        <source>Log in as packer</source>
        <translation>Mag-log in bilang packer</translation>
    </message>
    <message>
        <source>Log out packer</source>
        <translation>Mag-log out ang packer</translation>
    </message>
    <message>
        <source>Pick list: list its orders</source>
        <translation>Pick list: ilista ang mga order nito</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Packer: %1</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>lazpack — command barcodes</source>
        <translation>lazpack — command barcodes</translation>
    </message>
    <message>
        <source>There are no commands to print.</source>
        <translation>Walang command na ipi-print.</translation>
    </message>
    <message>
        <source>“%1” cannot be a Code128 barcode.</source>
        <translation>Hindi puwedeng Code128 barcode ang “%1”.</translation>
    </message>
    <message>
        <source>Use ASCII letters only.</source>
        <translation>ASCII letters lang ang gamitin.</translation>
    </message>
    <message>
        <source>Scan a barcode with the station&apos;s scanner. Keep this sheet next to the packing desk.</source>
        <translation>I-scan ang barcode gamit ang scanner ng station. Itabi ang papel na ito sa packing table.</translation>
    </message>
</context>
<context>
    <name>DbsDeliveryDialog</name>
    <message>
        <source>Delivered by seller</source>
        <translation>Hatid ng seller</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) delivered by your own fleet:</source>
        <translation>
            <numerusform>%n package na ihahatid ng sarili mong fleet:</numerusform>
            <numerusform>%n package na ihahatid ng sarili mong fleet:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  —  order %2  —  %n unit(s)</source>
        <translation>
            <numerusform>%1  —  order %2  —  %n unit</numerusform>
            <numerusform>%1  —  order %2  —  %n unit</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>&amp;Naihatid</translation>
    </message>
    <message>
        <source>&amp;Failed delivery</source>
        <translation>&amp;Bigong hatid</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Dahilan (kailangan):</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Tala (opsyonal):</translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Markahan na bigo</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Markahan na naihatid</translation>
    </message>
</context>
<context>
    <name>DbsPanel</name>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Mga item</translation>
    </message>
    <message>
        <source>Mark &amp;delivered…</source>
        <translation>Markahan na &amp;naihatid…</translation>
    </message>
    <message>
        <source>&amp;Failed delivery…</source>
        <translation>&amp;Bigong hatid…</translation>
    </message>
    <message>
        <source>Print delivery &amp;slips</source>
        <translation>I-print ang delivery &amp;slips</translation>
    </message>
</context>
<context>
    <name>DeliverySlip</name>
    <message>
        <source>Package %1 has no items to put on a delivery slip.</source>
        <extracomment>3 dots per module on a 203 dpi thermal head: bars land on whole dots and scan reliably.</extracomment>
        <translation>Walang item ang package %1 para sa delivery slip.</translation>
    </message>
    <message>
        <source>Refresh the order and try again.</source>
        <translation>I-refresh ang order at subukan ulit.</translation>
    </message>
    <message>
        <source>Delivery slip %1</source>
        <translation>Delivery slip %1</translation>
    </message>
    <message>
        <source>DELIVERY SLIP</source>
        <translation>DELIVERY SLIP</translation>
    </message>
    <message>
        <source>Delivered by seller · page %1</source>
        <translation>Hatid ng seller · pahina %1</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>Hatid ng seller</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Package %1</translation>
    </message>
    <message>
        <source>DELIVER TO</source>
        <translation>IHATID SA</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(walang pangalan)</translation>
    </message>
    <message>
        <source>Tel %1</source>
        <translation>Tel %1</translation>
    </message>
    <message>
        <source>COLLECT (COD): %1</source>
        <translation>SINGILIN (COD): %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Tala: %1</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>QTY</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKU</numerusform>
        </translation>
    </message>
    <message>
        <source>Received by: ____________________</source>
        <translation>Tinanggap ni: ____________________</translation>
    </message>
</context>
<context>
    <name>DialogPrint</name>
    <message>
        <source>Print labels</source>
        <extracomment>saves the station&apos;s settings; without it (an A4 command sheet) nothing is offered to be remembered</extracomment>
        <translation>I-print ang mga label</translation>
    </message>
    <message>
        <source> — choose a printer</source>
        <translation> — pumili ng printer</translation>
    </message>
</context>
<context>
    <name>EvidencePdf</name>
    <message>
        <source>Packing evidence, order %1</source>
        <translation>Ebidensya ng pag-pack, order %1</translation>
    </message>
    <message>
        <source>Packing evidence — order %1</source>
        <translation>Ebidensya ng pag-pack — order %1</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>Nasa loob ng parcel</translation>
    </message>
    <message>
        <source>Scans at the station</source>
        <translation>Mga scan sa station</translation>
    </message>
    <message>
        <source>… %1 more scans in the station&apos;s journal</source>
        <translation>… %1 pang scan sa journal ng station</translation>
    </message>
    <message>
        <source>Made by lazpack on %1</source>
        <translation>Ginawa ng lazpack noong %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentDialogs</name>
    <message>
        <source>• %1 (order %2)</source>
        <translation>• %1 (order %2)</translation>
    </message>
    <message>
        <source>Recreate the package?</source>
        <translation>Gawin ulit ang package?</translation>
    </message>
    <message>
        <source>Recreate these packages at Lazada?
%1

The printed label becomes VOID: remove it from the parcel. The order goes back to To pack, and a new package and label follow when it is packed again.</source>
        <translation>Gawin ulit ang mga package na ito sa Lazada?
%1

Magiging VOID ang na-print na label: tanggalin ito sa parcel. Babalik ang order sa To pack, at may bagong package at label kapag na-pack ulit.</translation>
    </message>
    <message>
        <source>&amp;Repack</source>
        <translation>I-&amp;repack</translation>
    </message>
    <message>
        <source>Deliver digital items?</source>
        <translation>Ihatid ang digital items?</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n digital item(s) of %1 as delivered at Lazada?
Send the codes or vouchers to the buyers first.</source>
        <translation>
            <numerusform>Markahan ang %n digital item ng %1 bilang naihatid sa Lazada?
Ipadala muna ang mga code o voucher sa mga buyer.</numerusform>
            <numerusform>Markahan ang %n digital item ng %1 bilang naihatid sa Lazada?
Ipadala muna ang mga code o voucher sa mga buyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n order</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>&amp;Ihatid</translation>
    </message>
    <message>
        <source>Order %1 is not loaded, so its slip cannot be printed.</source>
        <translation>Hindi pa naka-load ang order %1, kaya hindi ma-print ang slip nito.</translation>
    </message>
    <message>
        <source>Refresh the orders (F5) and try again.</source>
        <translation>I-refresh ang mga order (F5) at subukan ulit.</translation>
    </message>
    <message>
        <source>DBS delivery slips</source>
        <translation>DBS delivery slips</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentService</name>
    <message>
        <source>Repack</source>
        <extracomment>Reasons offered for a failed DBS delivery; the packer may type another one. A DBS package is out with the seller&apos;s own fleet after RTS; Confirm/FailedDeliveryForDBS act on ``ready_to_ship`` only (lazada-api.md §4.6, §5). A paid digital item waits in ``pending``; DeliverDigital moves it to ``delivered`` (§5).</extracomment>
        <translation>Repack</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Markahan na naihatid</translation>
    </message>
    <message>
        <source>Failed delivery</source>
        <translation>Bigong hatid</translation>
    </message>
    <message>
        <source>Deliver digital items</source>
        <translation>Ihatid ang digital items</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <extracomment>Lazada refused the whole call, not this row (see ``RowResult.whole_call``)</extracomment>
        <translation>%1 ok</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 bigo</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 hindi alam</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order (%1 allocation) and does not allocate one itself.</source>
        <translation>Walang courier na inaalok ang Lazada para sa order na ito (%1 allocation) at hindi rin ito nag-a-assign.</translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <extracomment>Package ids alone, or ``{package_id: order_id}`` so the journal and the report know the order. One batch call of the port: package ids in, merged rows out.</extracomment>
        <translation>Walang uulitin.</translation>
    </message>
    <message>
        <source>Only rows Lazada marked as retryable can be re-sent.</source>
        <translation>Ang mga row lang na minarkahan ng Lazada na puwedeng ulitin ang maipapadala ulit.</translation>
    </message>
    <message>
        <source>Item %1 has no order id; reload the order.</source>
        <translation>Walang order id ang item %1; i-reload ang order.</translation>
    </message>
    <message>
        <source>No shipment provider chosen.</source>
        <translation>Walang napiling courier.</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this row</source>
        <translation>Hindi binanggit ng sagot ng Lazada ang row na ito</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>scan %1</source>
        <extracomment>Orders a search shows at most; the status line says when there are more.</extracomment>
        <translation>scan %1</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>%1 (Lazada)</source>
        <translation>%1 (Lazada)</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>wala pang sagot</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>package %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Action / scan</source>
        <translation>Aksyon / scan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Order id or number, tracking number, package id, SKU or scanned code</source>
        <extracomment>Emitted after every finished search (the number of rows shown). Emitted after an export with (path, rows written).</extracomment>
        <translation>Order id o number, tracking number, package id, SKU o na-scan na code</translation>
    </message>
    <message>
        <source>All packers</source>
        <translation>Lahat ng packer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hanapin</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;I-export ang CSV…</translation>
    </message>
    <message>
        <source>Select a line and press Enter to see the order&apos;s timeline.</source>
        <translation>Pumili ng linya at pindutin ang Enter para makita ang timeline ng order.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Naghahanap…</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message numerus="yes">
        <source> — only the %n most recent orders are shown; narrow the search or the dates to see older ones</source>
        <translation>
            <numerusform> — ang %n pinakabagong order lang ang ipinapakita; paliitin ang search o ang petsa para makita ang mas luma</numerusform>
            <numerusform> — ang %n pinakabagong order lang ang ipinapakita; paliitin ang search o ang petsa para makita ang mas luma</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for these filters.</source>
        <translation>Walang nakita sa mga filter na ito.</translation>
    </message>
    <message>
        <source>Order %1 — loading…</source>
        <translation>Order %1 — naglo-load…</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>ready to ship</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>naka-pack</translation>
    </message>
    <message>
        <source>not packed</source>
        <translation>hindi pa naka-pack</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Order %1 · %2 · %3</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>tracking %1</translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s) %1</source>
        <translation>
            <numerusform>%n packer %1</numerusform>
            <numerusform>%n packer %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) %1</source>
        <translation>
            <numerusform>%n station %1</numerusform>
            <numerusform>%n station %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 sa %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linya</numerusform>
            <numerusform>%n linya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong scan(s)</source>
        <translation>
            <numerusform>%n maling scan</numerusform>
            <numerusform>%n maling scan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item scan(s)</source>
        <translation>
            <numerusform>%n item scan</numerusform>
            <numerusform>%n item scan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n pagkabigo</numerusform>
            <numerusform>%n pagkabigo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a known outcome</source>
        <translation>
            <numerusform>%n na hindi alam ang resulta</numerusform>
            <numerusform>%n na hindi alam ang resulta</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>I-export ang history bilang CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Ine-export sa %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>Na-export ang %n linya sa %1.</numerusform>
            <numerusform>Na-export ang %n linya sa %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemKeys</name>
    <message>
        <source>seller SKU</source>
        <translation>seller SKU</translation>
    </message>
    <message>
        <source>shop SKU</source>
        <translation>shop SKU</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>unpaid</source>
        <extracomment>Lazada&apos;s item statuses in the packer&apos;s words (shown through :func:`status_text`).</extracomment>
        <translation>hindi pa bayad</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>naka-pack</translation>
    </message>
    <message>
        <source>repacked</source>
        <translation>na-repack</translation>
    </message>
    <message>
        <source>ready to ship pending</source>
        <translation>ready to ship pending</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>ready to ship</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>naipadala</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>naihatid</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>bigo</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>bigong hatid</translation>
    </message>
    <message>
        <source>shipped back</source>
        <translation>ibinalik</translation>
    </message>
    <message>
        <source>shipped back success</source>
        <translation>naibalik na</translation>
    </message>
    <message>
        <source>shipped back failed</source>
        <translation>bigong maibalik</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>na-cancel</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>na-return</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>nawala</translation>
    </message>
    <message>
        <source>lost by 3PL</source>
        <translation>nawala ng 3PL</translation>
    </message>
    <message>
        <source>damaged by 3PL</source>
        <translation>nasira ng 3PL</translation>
    </message>
</context>
<context>
    <name>JournalConnection</name>
    <message>
        <source>The journal %1 could not store a text with an invalid character.</source>
        <translation>Hindi ma-save ng journal %1 ang text na may invalid na character.</translation>
    </message>
    <message>
        <source>Scan again; report it if it keeps happening.</source>
        <translation>I-scan ulit; i-report kung patuloy itong nangyayari.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another program (%2).</source>
        <translation>Naka-lock ang journal %1 ng ibang program (%2).</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>Isara ang ibang lazpack window o tool na gumagamit ng data folder na ito at subukan ulit.</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full.</source>
        <translation>Puno na ang disk ng journal %1.</translation>
    </message>
    <message>
        <source>The journal %1 is read-only.</source>
        <translation>Read-only ang journal %1.</translation>
    </message>
    <message>
        <source>The journal %1 could not be written to disk (%2).</source>
        <translation>Hindi maisulat sa disk ang journal %1 (%2).</translation>
    </message>
    <message>
        <source>Check free disk space and that the disk is still connected, then try again.</source>
        <translation>Tingnan ang libreng space at kung nakakonekta pa ang disk, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2.</source>
        <translation>Hindi maisulat ang journal %1: %2.</translation>
    </message>
    <message>
        <source>Give this user write access to the data folder, or start lazpack with another --data-dir.</source>
        <translation>Bigyan ng write access ang user na ito sa data folder, o simulan ang lazpack gamit ang ibang --data-dir.</translation>
    </message>
    <message>
        <source>The damaged journal was kept as %1 and a new one was started.</source>
        <translation>Itinabi ang sirang journal bilang %1 at nagsimula ng bago.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2.</source>
        <translation>Hindi magawa ang journal folder %1: %2.</translation>
    </message>
    <message>
        <source>Move the file in the way, or start lazpack with another --data-dir.</source>
        <translation>Ilipat ang file na nakaharang, o simulan ang lazpack gamit ang ibang --data-dir.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: a folder of that name is in the way.</source>
        <translation>Hindi mabuksan ang journal %1: may folder na ganoon ang pangalan.</translation>
    </message>
    <message>
        <source>Move or rename that folder, or start lazpack with another --data-dir.</source>
        <translation>Ilipat o palitan ang pangalan ng folder, o simulan ang lazpack gamit ang ibang --data-dir.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: the data folder is read-only.</source>
        <translation>Hindi maisulat ang journal %1: read-only ang data folder.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2.</source>
        <translation>Hindi mabuksan ang journal %1: %2.</translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging (mode %2).</source>
        <translation>Hindi magamit ng journal %1 ang write-ahead logging (mode %2).</translation>
    </message>
    <message>
        <source>Keep the data folder on a local disk, not a network share.</source>
        <translation>Ilagay ang data folder sa local disk, hindi sa network share.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and cannot be moved aside: %2.</source>
        <translation>Sira ang journal %1 at hindi mailipat: %2.</translation>
    </message>
    <message>
        <source>Move the file away by hand, then start lazpack again.</source>
        <translation>Ilipat nang mano-mano ang file, saka simulan ulit ang lazpack.</translation>
    </message>
</context>
<context>
    <name>JournalViews</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>S&amp;tats</source>
        <translation>S&amp;tats</translation>
    </message>
</context>
<context>
    <name>Journaled</name>
    <message>
        <source>no rows in the answer</source>
        <translation>walang row sa sagot</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>Something went wrong.</source>
        <extracomment>Short, plain-language message for the status bar / banner.</extracomment>
        <translation>May nagkamali.</translation>
    </message>
    <message>
        <source>Lazada refused the request.</source>
        <extracomment>What to do next.</extracomment>
        <translation>Tinanggihan ng Lazada ang request.</translation>
    </message>
    <message>
        <source>The shop&apos;s authorization is no longer valid.</source>
        <translation>Hindi na valid ang authorization ng shop.</translation>
    </message>
    <message>
        <source>Reconnect the shop (Shops → Reconnect).</source>
        <translation>I-reconnect ang shop (Shops → Reconnect).</translation>
    </message>
    <message>
        <source>The access token is invalid or expired.</source>
        <translation>Invalid o expired ang access token.</translation>
    </message>
    <message>
        <source>The refresh token is invalid or expired; the shop must be authorized again.</source>
        <translation>Invalid o expired ang refresh token; kailangang i-authorize ulit ang shop.</translation>
    </message>
    <message>
        <source>The authorization code is invalid, used or expired (codes last 30 minutes).</source>
        <translation>Invalid, nagamit na o expired ang authorization code (30 minuto lang ito).</translation>
    </message>
    <message>
        <source>Start the authorization again.</source>
        <translation>Simulan ulit ang authorization.</translation>
    </message>
    <message>
        <source>This app can only be authorized through the Service Market.</source>
        <translation>Sa Service Market lang puwedeng i-authorize ang app na ito.</translation>
    </message>
    <message>
        <source>Lazada rejected the request signature.</source>
        <translation>Tinanggihan ng Lazada ang signature ng request.</translation>
    </message>
    <message>
        <source>Check the app key and app secret in the shop settings.</source>
        <translation>Tingnan ang app key at app secret sa shop settings.</translation>
    </message>
    <message>
        <source>Lazada is rate-limiting this app; waiting before trying again.</source>
        <translation>Nililimitahan ng Lazada ang app na ito; naghihintay bago subukan ulit.</translation>
    </message>
    <message>
        <source>Lazada did not answer in time.</source>
        <translation>Hindi sumagot ang Lazada sa tamang oras.</translation>
    </message>
    <message>
        <source>lazpack retries automatically; check the network if this persists.</source>
        <translation>Awtomatikong umuulit ang lazpack; tingnan ang network kung tuloy ito.</translation>
    </message>
    <message>
        <source>No connection to Lazada.</source>
        <translation>Walang koneksyon sa Lazada.</translation>
    </message>
    <message>
        <source>Check the station&apos;s network connection.</source>
        <translation>Tingnan ang network connection ng station.</translation>
    </message>
    <message>
        <source>Lazada sent an answer lazpack cannot read.</source>
        <translation>Nagpadala ang Lazada ng sagot na hindi mabasa ng lazpack.</translation>
    </message>
    <message>
        <source>Nothing was changed locally; try again. Report it if it keeps happening.</source>
        <translation>Walang nabago sa station; subukan ulit. I-report kung patuloy ito.</translation>
    </message>
    <message>
        <source>Lazada says the seller account is not verified or not active.</source>
        <translation>Sabi ng Lazada, hindi verified o hindi active ang seller account.</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last action.</source>
        <translation>Maaaring nagawa na o hindi pa ng Lazada ang huling aksyon.</translation>
    </message>
    <message>
        <source>lazpack checks the order at Lazada before doing anything else.</source>
        <translation>Iche-check muna ng lazpack ang order sa Lazada bago gumawa ng iba.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Walang napili.</translation>
    </message>
    <message>
        <source>Select at least one package or order first.</source>
        <translation>Pumili muna ng kahit isang package o order.</translation>
    </message>
    <message>
        <source>A reason is required for a failed delivery.</source>
        <translation>Kailangan ng dahilan para sa bigong hatid.</translation>
    </message>
    <message>
        <source>Pick a reason from the list or type one.</source>
        <translation>Pumili ng dahilan sa listahan o mag-type.</translation>
    </message>
    <message>
        <source>These labels were printed already.</source>
        <translation>Na-print na ang mga label na ito.</translation>
    </message>
    <message>
        <source>Confirm the reprint; a second label on a parcel confuses the courier.</source>
        <translation>Kumpirmahin ang reprint; nakakalito sa courier ang dalawang label sa isang parcel.</translation>
    </message>
    <message>
        <source>Labels printed already: %1.</source>
        <translation>Na-print na ang mga label: %1.</translation>
    </message>
    <message>
        <source>This label was voided (the package was re-created).</source>
        <translation>Na-void na ang label na ito (ginawang muli ang package).</translation>
    </message>
    <message>
        <source>Print the label of the new package instead.</source>
        <translation>I-print na lang ang label ng bagong package.</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order.</source>
        <translation>Walang courier na inaalok ang Lazada para sa order na ito.</translation>
    </message>
    <message>
        <source>Check the order in Seller Center; it cannot be packed from the station yet.</source>
        <translation>Tingnan ang order sa Seller Center; hindi pa ito mapa-pack mula sa station.</translation>
    </message>
    <message>
        <source>The label printer is not available.</source>
        <translation>Hindi available ang label printer.</translation>
    </message>
    <message>
        <source>Check that it is switched on, or choose another printer.</source>
        <translation>Tingnan kung naka-on ito, o pumili ng ibang printer.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so shop secrets cannot be stored.</source>
        <translation>Hindi available ang system keyring, kaya hindi ma-save ang mga secret ng shop.</translation>
    </message>
    <message>
        <source>The local journal could not be written.</source>
        <translation>Hindi maisulat ang local journal.</translation>
    </message>
    <message>
        <source>Check free disk space and permissions of the data folder.</source>
        <translation>Tingnan ang libreng disk space at permissions ng data folder.</translation>
    </message>
    <message>
        <source>The local journal cannot be opened.</source>
        <translation>Hindi mabuksan ang local journal.</translation>
    </message>
    <message>
        <source>Update lazpack on this station, or start it with another --data-dir.</source>
        <translation>I-update ang lazpack sa station na ito, o simulan gamit ang ibang --data-dir.</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>Isara ang ibang lazpack window o tool na gumagamit ng data folder na ito at subukan ulit.</translation>
    </message>
    <message>
        <source>The disk holding the local journal is full.</source>
        <translation>Puno na ang disk ng local journal.</translation>
    </message>
    <message>
        <source>Free some disk space (or move the data folder), then try again.</source>
        <translation>Magbakante ng disk space (o ilipat ang data folder), saka subukan ulit.</translation>
    </message>
    <message>
        <source>The shop authorization did not complete.</source>
        <translation>Hindi natapos ang authorization ng shop.</translation>
    </message>
    <message>
        <source>Click Authorize again and finish the consent page in the browser.</source>
        <translation>I-click muli ang Authorize at tapusin ang consent page sa browser.</translation>
    </message>
    <message>
        <source>This shop is disconnected and must be authorized again.</source>
        <translation>Disconnected ang shop na ito at kailangang i-authorize ulit.</translation>
    </message>
    <message>
        <source>The label file cannot be read.</source>
        <translation>Hindi mabasa ang label file.</translation>
    </message>
    <message>
        <source>Fetch the label again (Reprint); lazpack discards the damaged copy.</source>
        <translation>Kunin ulit ang label (Reprint); itatapon ng lazpack ang sirang kopya.</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <source>%1 Choose the printer for this label:</source>
        <translation>%1 Pumili ng printer para sa label na ito:</translation>
    </message>
</context>
<context>
    <name>LabelPrintOptions</name>
    <message>
        <source>Labels</source>
        <extracomment>Windows and macOS show their native dialog, which has no room for the label options: there the defaults apply (always print here, use the label size; a printer chosen to rescue a failed label is never saved); Station → Settings → Label printer changes them.</extracomment>
        <translation>Mga label</translation>
    </message>
    <message>
        <source>Always print labels here without asking</source>
        <translation>Laging i-print dito ang mga label nang hindi nagtatanong</translation>
    </message>
    <message>
        <source>Use the label size (%1)</source>
        <translation>Gamitin ang laki ng label (%1)</translation>
    </message>
    <message>
        <source>Print on the printer&apos;s own paper (label scaled to fit)</source>
        <translation>I-print sa sariling papel ng printer (paliliitin ang label para magkasya)</translation>
    </message>
    <message>
        <source>If the printer&apos;s paper is not the label&apos;s size:</source>
        <translation>Kung hindi kasinlaki ng label ang papel ng printer:</translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <source>Unknown label paper %1.</source>
        <extracomment>Thermal label printers print at 203 dpi; PDF output uses it so a saved label prints 1:1. Above this the raster only costs time: no label printer resolves finer. Answers to &quot;the printer&apos;s page does not match the label&quot;, remembered per printer. Page sizes within this many millimetres count as the same paper.</extracomment>
        <translation>Hindi kilalang label paper: %1.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Pumili ng isa: %1.</translation>
    </message>
    <message>
        <source>Unknown orientation %1.</source>
        <translation>Hindi kilalang orientation: %1.</translation>
    </message>
    <message>
        <source>Use portrait or landscape.</source>
        <translation>Gamitin ang portrait o landscape.</translation>
    </message>
    <message>
        <source>The label file cannot be read (%1).</source>
        <translation>Hindi mabasa ang label file (%1).</translation>
    </message>
    <message>
        <source>The label printer “%1” was not found.</source>
        <translation>Hindi makita ang label printer na “%1”.</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. Choose another printer in Settings → Printer, or print with the system dialog. Available: %1.</source>
        <translation>Baka naka-unplug, napalitan ang pangalan o inalis. Pumili ng ibang printer sa Settings → Printer, o mag-print gamit ang system dialog. Available: %1.</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. No printers are installed; print with the system dialog or save the labels as PDF.</source>
        <translation>Baka naka-unplug, napalitan ang pangalan o inalis. Walang naka-install na printer; mag-print gamit ang system dialog o i-save ang mga label bilang PDF.</translation>
    </message>
    <message>
        <source>The label printer “%1” reports an error (offline or out of labels).</source>
        <translation>May error ang label printer na “%1” (offline o ubos ang label).</translation>
    </message>
    <message>
        <source>Check that it is switched on, connected and loaded, or choose another printer.</source>
        <translation>Tingnan kung naka-on, nakakonekta at may label ito, o pumili ng ibang printer.</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to portrait in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>Gumagamit ang “%1” ng %2 × %3 mm, patagilid ang label. Ayusin: gawing portrait ang orientation sa Settings → Printer o sa sariling settings ng printer.</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to landscape in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>Gumagamit ang “%1” ng %2 × %3 mm, patagilid ang label. Ayusin: gawing landscape ang orientation sa Settings → Printer o sa sariling settings ng printer.</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm paper but the label is %4 × %5 mm, so it prints at %6 size. Fix: set the paper size to %4 × %5 mm in the printer&apos;s settings (Printers → Preferences), or pick the paper it really has in Settings → Printer.</source>
        <translation>Gumagamit ang “%1” ng papel na %2 × %3 mm pero %4 × %5 mm ang label, kaya %6 ang laki ng print. Ayusin: gawing %4 × %5 mm ang paper size sa settings ng printer (Printers → Preferences), o piliin ang tunay na papel sa Settings → Printer.</translation>
    </message>
    <message>
        <source>“%1” adds margins (%2 mm), which shrink the label. Fix: set the margins to 0 / borderless in the printer&apos;s settings.</source>
        <translation>Nagdadagdag ang “%1” ng margin (%2 mm) kaya lumiliit ang label. Ayusin: gawing 0 / borderless ang margin sa settings ng printer.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>The print job could not be started on “%1”.</source>
        <translation>Hindi masimulan ang print job sa “%1”.</translation>
    </message>
    <message>
        <source>Check the printer, or choose another; the labels are kept and can be printed again.</source>
        <translation>Tingnan ang printer, o pumili ng iba; naka-save ang mga label at puwedeng i-print ulit.</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>Tumigil ang printer sa pagtanggap ng pahina.</translation>
    </message>
    <message>
        <source>Check the printer; then print the labels again.</source>
        <translation>Tingnan ang printer, saka i-print ulit ang mga label.</translation>
    </message>
    <message>
        <source>“%1” failed while printing.</source>
        <translation>Nabigo ang “%1” habang nagpi-print.</translation>
    </message>
    <message>
        <source>The printer</source>
        <translation>Ang printer</translation>
    </message>
    <message>
        <source>Check the printer (paper, cover, cable); then print the labels again.</source>
        <translation>Tingnan ang printer (papel, takip, cable), saka i-print ulit ang mga label.</translation>
    </message>
    <message>
        <source>No label printer is set.</source>
        <translation>Walang naka-set na label printer.</translation>
    </message>
    <message>
        <source>Choose one in Settings → Printer, or print with the system dialog.</source>
        <translation>Pumili sa Settings → Printer, o mag-print gamit ang system dialog.</translation>
    </message>
</context>
<context>
    <name>LabelService</name>
    <message>
        <source>The label of package %1 was voided.</source>
        <extracomment>package id → prints so far, including this one where ``print_label`` sends jobs; the UI sets it from the printer settings</extracomment>
        <translation>Na-void na ang label ng package %1.</translation>
    </message>
    <message>
        <source>Lazada&apos;s label link expired twice in a row.</source>
        <translation>Dalawang beses sunod na nag-expire ang label link ng Lazada.</translation>
    </message>
    <message>
        <source>Check the station&apos;s clock and network, then print again.</source>
        <translation>Tingnan ang orasan at network ng station, saka mag-print ulit.</translation>
    </message>
    <message>
        <source>PrintAWB answered without a label link for %1.</source>
        <translation>Sumagot ang PrintAWB nang walang label link para sa %1.</translation>
    </message>
    <message>
        <source>The label of %1 is not a PDF.</source>
        <translation>Hindi PDF ang label ng %1.</translation>
    </message>
    <message>
        <source>AWB ×%1</source>
        <translation>AWB ×%1</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>Walang napiling printer para sa label.</translation>
    </message>
    <message>
        <source>Set a label printer in Settings → Printer, or print with the dialog.</source>
        <translation>Mag-set ng label printer sa Settings → Printer, o mag-print gamit ang dialog.</translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <source>The label folder %1 cannot be created: %2</source>
        <translation>Hindi magawa ang label folder %1: %2</translation>
    </message>
    <message>
        <source>The label of package %1 cannot be saved: %2</source>
        <translation>Hindi ma-save ang label ng package %1: %2</translation>
    </message>
    <message>
        <source>The label print record cannot be written: %1</source>
        <translation>Hindi maisulat ang print record ng label: %1</translation>
    </message>
    <message>
        <source>The label print records cannot be read: %1</source>
        <translation>Hindi mabasa ang mga print record ng label: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>PC language (%1)</source>
        <translation>Wika ng PC (%1)</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>The redirect URI is not a loopback address (http://127.0.0.1:PORT/…).</source>
        <translation>Hindi loopback address ang redirect URI (http://127.0.0.1:PORT/…).</translation>
    </message>
    <message>
        <source>Paste the address from the browser instead.</source>
        <translation>I-paste na lang ang address mula sa browser.</translation>
    </message>
    <message>
        <source>Port %1 on this PC is busy, so lazpack cannot receive the answer.</source>
        <translation>Busy ang port %1 sa PC na ito, kaya hindi matanggap ng lazpack ang sagot.</translation>
    </message>
    <message>
        <source>Close the program using it, or paste the address from the browser.</source>
        <translation>Isara ang program na gumagamit nito, o i-paste ang address mula sa browser.</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Hindi dito</translation>
    </message>
    <message>
        <source>lazpack only expects the Lazada redirect.</source>
        <translation>Ang redirect lang ng Lazada ang hinihintay ng lazpack.</translation>
    </message>
    <message>
        <source>This answer does not belong to lazpack&apos;s current authorization</source>
        <translation>Hindi para sa kasalukuyang authorization ng lazpack ang sagot na ito</translation>
    </message>
    <message>
        <source>Go back to lazpack and click Authorize again if needed.</source>
        <translation>Bumalik sa lazpack at i-click ulit ang Authorize kung kailangan.</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Natanggap na</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Puwede mo nang isara ang tab na ito.</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Hindi in-authorize ng Lazada ang shop: %1</translation>
    </message>
    <message>
        <source>Authorization was not given</source>
        <translation>Hindi ibinigay ang authorization</translation>
    </message>
    <message>
        <source>No authorization code</source>
        <translation>Walang authorization code</translation>
    </message>
    <message>
        <source>Click Authorize again in lazpack.</source>
        <translation>I-click ulit ang Authorize sa lazpack.</translation>
    </message>
    <message>
        <source>The shop is being connected to lazpack</source>
        <translation>Ikinokonekta ang shop sa lazpack</translation>
    </message>
    <message>
        <source>You can close this tab and go back to lazpack.</source>
        <translation>Puwede mo nang isara ang tab at bumalik sa lazpack.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting…</source>
        <translation>Kumokonekta…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>● Rate limited</source>
        <translation>● Rate limited</translation>
    </message>
    <message>
        <source>● Shop authorization needed</source>
        <translation>● Kailangang i-authorize ang shop</translation>
    </message>
    <message>
        <source>● Sync error</source>
        <translation>● Sync error</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>room for a window&apos;s title bar and frame around its client area (see ``fit_to_screen``) Tab bar order; None is &quot;All&quot;.</extracomment>
        <translation>Lahat</translation>
    </message>
    <message>
        <source>lazpack — DEMO shop</source>
        <translation>lazpack — DEMO shop</translation>
    </message>
    <message>
        <source>DEMO — simulated orders. Nothing here reaches a real shop.</source>
        <extracomment>keys the window&apos;s packing actions own even while the field has focus the status bar&apos;s Reconnect button: open Station → Shops…</extracomment>
        <translation>DEMO — simulated na mga order. Walang umaabot sa totoong shop.</translation>
    </message>
    <message>
        <source>Scan an order, AWB or item barcode (F2)</source>
        <translation>I-scan ang order, AWB o item barcode (F2)</translation>
    </message>
    <message>
        <source>Search: order, SKU, item, tracking, customer (Ctrl+F)</source>
        <translation>Hanapin: order, SKU, item, tracking, customer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the orders of one shop (Ctrl+Shift+F)</source>
        <translation>Ipakita ang mga order ng isang shop (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Hindi pa naka-sync</translation>
    </message>
    <message>
        <source>Syncing %v / %m</source>
        <translation>Nagsi-sync %v / %m</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <extracomment>on a warehouse database: which station talks to Lazada for the shops</extracomment>
        <translation>I-reconnect…</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>I-sync ngayon</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Umalis</translation>
    </message>
    <message>
        <source>&amp;Packing</source>
        <translation>&amp;Packing</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>Packing station</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Pu&amp;munta</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>Scan field</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hanapin</translation>
    </message>
    <message>
        <source>Filter by shop</source>
        <translation>I-filter ayon sa shop</translation>
    </message>
    <message>
        <source>Orders list</source>
        <translation>Listahan ng order</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Susunod na tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Nakaraang tab</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Mga keyboard shortcut</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Packer: %1</translation>
    </message>
    <message>
        <source>No packer — scan your card</source>
        <translation>Walang packer — i-scan ang card mo</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Lahat ng shop</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>station na ito</translation>
    </message>
    <message>
        <source>Lazada sync: %1</source>
        <translation>Lazada sync: %1</translation>
    </message>
    <message>
        <source>One station of the warehouse talks to Lazada for each shop; the others read the orders it synced from the warehouse database.</source>
        <translation>Isang station lang sa warehouse ang kumakausap sa Lazada para sa bawat shop; binabasa ng iba ang mga order na na-sync nito mula sa warehouse database.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ngayon lang</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ang nakalipas</numerusform>
            <numerusform>%n min ang nakalipas</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 (%2)</source>
        <translation>Na-sync %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OrderBatchReport</name>
    <message>
        <source>%1 of %2 orders done, %3 failed</source>
        <extracomment>The step a digital-only order reaches (it has no pack, label or ready to ship).</extracomment>
        <translation>%1 sa %2 order ang tapos, %3 bigo</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>To pack</source>
        <extracomment>The tabs the window shows, in order, with the packer&apos;s words for them.</extracomment>
        <translation>To pack</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Ready to ship</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>Hatid ng seller</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>May problema</translation>
    </message>
    <message>
        <source>Digital</source>
        <extracomment>Item statuses the full sync fetches: everything a work tab can show. a parcel that came to grief on the way: a person must act (redeliver, return, claim) &quot;2× MUG, CAP&quot;, built once per row: the list shows and sorts by it</extracomment>
        <translation>Digital</translation>
    </message>
    <message>
        <source>DBS</source>
        <translation>DBS</translation>
    </message>
    <message>
        <source>Cross-border</source>
        <translation>Cross-border</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>OrderClaims</name>
    <message>
        <source>%1 s ago</source>
        <extracomment>A claim lives this long without a heartbeat: a dead station&apos;s orders are free after it. Heartbeats per lease: two may be missed before the lease runs out.</extracomment>
        <translation>%1 seg ang nakalipas</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ang nakalipas</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 oras ang nakalipas</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2 by %3, %4.</source>
        <translation>Pini-pack ni %3 ang order %1 sa %2, %4.</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2, %3.</source>
        <translation>Pini-pack ang order %1 sa %2, %3.</translation>
    </message>
    <message>
        <source>packing</source>
        <extracomment>The journal&apos;s write actions as a packer reads them (&quot;left mid-%2&quot;); an unknown one shows as its code rather than nothing.</extracomment>
        <translation>pag-pack</translation>
    </message>
    <message>
        <source>ready-to-ship</source>
        <translation>ready to ship</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>pag-repack</translation>
    </message>
    <message>
        <source>label printing</source>
        <translation>pag-print ng label</translation>
    </message>
    <message>
        <source>delivery confirmation</source>
        <translation>kumpirmasyon ng delivery</translation>
    </message>
    <message>
        <source>failed-delivery report</source>
        <translation>report ng bigong hatid</translation>
    </message>
    <message>
        <source>digital delivery</source>
        <translation>digital delivery</translation>
    </message>
    <message>
        <source>Scan another order, or take this one over if that station has stopped.</source>
        <extracomment>called after this station claimed, released or lost an order (the list refreshes)</extracomment>
        <translation>Mag-scan ng ibang order, o i-take over ang order na ito kung huminto na ang station na iyon.</translation>
    </message>
    <message>
        <source>Order %1 was left mid-%2 by another station and Lazada could not be asked yet what happened.</source>
        <translation>Iniwan ng ibang station ang order %1 sa gitna ng %2 at hindi pa matanong sa Lazada kung ano ang nangyari.</translation>
    </message>
    <message>
        <source>Scan the order again in a moment.</source>
        <translation>I-scan ulit ang order maya-maya.</translation>
    </message>
    <message>
        <source>A take-over needs a reason (it is kept in the journal).</source>
        <translation>Kailangan ng dahilan para sa take over (itatago ito sa journal).</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Qty</source>
        <extracomment>Buyer text (notes, gift messages) longer than this is cut in the panel; the whole text is in the details tooltip. how wide the Package column may get: a package id&apos;s head and tail (&quot;FP0…54433&quot;), whole in the tooltip Lines of the order details the panel shows at most (never taller than the screen). the order now shown (an ``OrderRow``, or None): side panels follow it (packing video)</extracomment>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Presyo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>No order selected</source>
        <extracomment>verification progress of the order open at the scan station (per SKU)</extracomment>
        <translation>Walang napiling order</translation>
    </message>
    <message>
        <source>Select an order in the list or scan it.</source>
        <translation>Pumili ng order sa listahan o i-scan ito.</translation>
    </message>
    <message>
        <source>Reprint label (Ctrl+P)</source>
        <translation>I-reprint ang label (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preview label (Ctrl+Shift+V)</source>
        <translation>I-preview ang label (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Repack… (Ctrl+Shift+R)</source>
        <translation>I-repack… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>DIGITAL — no parcel; deliver with Ctrl+Shift+D</source>
        <translation>DIGITAL — walang parcel; ihatid gamit ang Ctrl+Shift+D</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n unit</numerusform>
        </translation>
    </message>
    <message>
        <source>GIFT: %1</source>
        <translation>REGALO: %1</translation>
    </message>
    <message>
        <source>GIFT</source>
        <translation>REGALO</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Tala: %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Package %1</translation>
    </message>
    <message>
        <source>Tracking %1</source>
        <translation>Tracking %1</translation>
    </message>
</context>
<context>
    <name>OrderPipeline</name>
    <message>
        <source>%1 (1 item)</source>
        <extracomment>Tells the packer (through the service&apos;s listeners) what a step did. item statuses of a parcel that has left the station for good the order&apos;s other parcels: (package id or tracking number, number of live rows) why nothing can be packed from this scan (&quot;&quot; when something can)</extracomment>
        <translation>%1 (1 item)</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation>%1 (%2 item)</translation>
    </message>
    <message>
        <source> Only this parcel is checked; other parcels of the order: %1.</source>
        <translation> Itong parcel lang ang iche-check; ibang parcel ng order: %1.</translation>
    </message>
    <message>
        <source>not packed yet</source>
        <translation>hindi pa na-pack</translation>
    </message>
    <message>
        <source>Order %1 has only digital items: nothing to pack. Deliver them at Lazada (Packing → Deliver digital items, Ctrl+Shift+D).</source>
        <translation>Digital items lang ang laman ng order %1: walang ipa-pack. Ihatid ang mga ito sa Lazada (Packing → Ihatid ang digital items, Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Parcel %1 of order %2 has already shipped (%3): nothing to pack.</source>
        <translation>Naipadala na ang parcel %1 ng order %2 (%3): walang ipa-pack.</translation>
    </message>
    <message>
        <source>Order %1 has already shipped (%2): nothing to pack.</source>
        <translation>Naipadala na ang order %1 (%2): walang ipa-pack.</translation>
    </message>
    <message numerus="yes">
        <source> %n item(s) stay pending.</source>
        <translation>
            <numerusform> %n item ang naiwang pending.</numerusform>
            <numerusform> %n item ang naiwang pending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 packed (%2).%3</source>
        <translation>Na-pack ang order %1 (%2).%3</translation>
    </message>
    <message>
        <source>Order %1 was not changed: %2 (no items came back as the station knows them), so nothing was sent.</source>
        <extracomment>the state the running step is heading for (the next-action text while working)</extracomment>
        <translation>Hindi binago ang order %1: %2 (hindi tugma ang mga item na bumalik sa alam ng station), kaya walang naipadala.</translation>
    </message>
    <message>
        <source>Scan DONE to read the order again.</source>
        <translation>I-scan ang DONE para basahin ulit ang order.</translation>
    </message>
    <message>
        <source>Label printed. Scan it on the parcel to confirm.</source>
        <translation>Na-print ang label. I-scan ito sa parcel para kumpirmahin.</translation>
    </message>
    <message>
        <source>Lazada did not %1.</source>
        <translation>Hindi nagawa ng Lazada na %1.</translation>
    </message>
    <message>
        <source>Scan %1 to try again.</source>
        <translation>I-scan ang %1 para subukan ulit.</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last %1 of order %2 and cannot be checked right now (%3).</source>
        <translation>Maaaring nagawa na o hindi pa ng Lazada ang huling %1 ng order %2 at hindi ito ma-check ngayon (%3).</translation>
    </message>
    <message>
        <source>Nothing is sent until it can be checked; scan DONE to check again.</source>
        <translation>Walang ipapadala hangga&apos;t hindi ma-check; i-scan ang DONE para mag-check ulit.</translation>
    </message>
    <message>
        <source>Part of order %1 is still packed from the refused attempt (%2); it is undone before the rest is packed, so the order ships in one parcel.</source>
        <translation>May bahagi ng order %1 na naka-pack pa mula sa tinanggihang attempt (%2); ia-undo muna ito bago i-pack ang natitira, para isang parcel lang ang order.</translation>
    </message>
    <message>
        <source>Scan DONE to try again.</source>
        <translation>I-scan ang DONE para subukan ulit.</translation>
    </message>
    <message>
        <source>Order %1 changed at Lazada: </source>
        <translation>Nagbago ang order %1 sa Lazada: </translation>
    </message>
    <message>
        <source>Take canceled items out of the parcel and scan CANCEL, or pack the rest with PARTIAL after undoing them.</source>
        <translation>Alisin sa parcel ang mga na-cancel na item at i-scan ang CANCEL, o i-pack ang natitira gamit ang PARTIAL pagkatapos alisin ang mga iyon.</translation>
    </message>
    <message>
        <source>Order %1 is already packed.</source>
        <translation>Naka-pack na ang order %1.</translation>
    </message>
    <message>
        <source> The packed part was undone so the order ships in one parcel.</source>
        <translation> In-undo ang naka-pack na bahagi para isang parcel lang ang order.</translation>
    </message>
    <message>
        <source> Part of it is packed in %1.</source>
        <translation> May bahagi nitong naka-pack sa %1.</translation>
    </message>
    <message>
        <source>Lazada did not pack order %1: %2.%3</source>
        <translation>Hindi na-pack ng Lazada ang order %1: %2.%3</translation>
    </message>
    <message>
        <source> The part Lazada packed was undone so the order ships in one parcel.</source>
        <translation> In-undo ang bahaging na-pack ng Lazada para isang parcel lang ang order.</translation>
    </message>
    <message>
        <source> Part of it is packed in %1; that is undone first.</source>
        <translation> May bahaging naka-pack sa %1; ia-undo muna iyon.</translation>
    </message>
    <message>
        <source>Lazada did not pack all of order %1 (its answer was lost and the order is still to pack).%2</source>
        <translation>Hindi na-pack ng Lazada ang buong order %1 (nawala ang sagot at to pack pa ang order).%2</translation>
    </message>
    <message>
        <source>Order %1 has no package to print a label for.</source>
        <translation>Walang package ang order %1 na mapi-print-an ng label.</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>na-print ulit</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>na-print</translation>
    </message>
    <message>
        <source>Label for order %1 %2.</source>
        <translation>Ang label ng order %1 ay %2.</translation>
    </message>
    <message>
        <source>Order %1 cannot be set ready to ship: </source>
        <translation>Hindi ma-ready to ship ang order %1: </translation>
    </message>
    <message>
        <source>set order %1 ready to ship (its answer was lost and the package is still packed)</source>
        <translation>i-ready to ship ang order %1 (nawala ang sagot at naka-pack pa ang package)</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship.</source>
        <translation>Ready to ship na ang order %1.</translation>
    </message>
    <message>
        <source>Lazada did not set order %1 ready to ship: %2</source>
        <translation>Hindi na-ready to ship ng Lazada ang order %1: %2</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship (%2).</source>
        <translation>Ready to ship na ang order %1 (%2).</translation>
    </message>
    <message>
        <source>recreate the package of order %1</source>
        <translation>gawin ulit ang package ng order %1</translation>
    </message>
    <message>
        <source>Lazada did not recreate the package of order %1: %2</source>
        <translation>Hindi ginawang muli ng Lazada ang package ng order %1: %2</translation>
    </message>
    <message>
        <source>Package %1 recreated: its label is void. Scan DONE to pack again.</source>
        <translation>Ginawang muli ang package %1: void na ang label nito. I-scan ang DONE para i-pack ulit.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>just now</source>
        <translation>ngayon lang</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ang nakalipas</numerusform>
            <numerusform>%n min ang nakalipas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n oras ang nakalipas</numerusform>
            <numerusform>%n oras ang nakalipas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>kahapon</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n araw ang nakalipas</numerusform>
            <numerusform>%n araw ang nakalipas</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ cancel requested</source>
        <translation>⚠ hiniling i-cancel</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Texts the search index keeps results for (a few searches&apos; worth of keystrokes). Up to this many changed rows are merged in place; more (a full sync page) re-sort.</extracomment>
        <translation>Order</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ginawa</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Mga item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Bayad</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Package / tracking</source>
        <translation>Package / tracking</translation>
    </message>
    <message>
        <source>Packing at</source>
        <translation>Pini-pack sa</translation>
    </message>
    <message>
        <source>This station</source>
        <extracomment>{Tab: count} after every change of the book. The search index: text → visible positions for the current tab, shop and row order (cleared when any of them changes). A keystroke narrows the longest cached text it contains instead of all rows; backspacing is a lookup. a warehouse&apos;s live order claims (who packs what), and this station&apos;s id</extracomment>
        <translation>Station na ito</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Cash on delivery: the courier collects the money</source>
        <translation>Cash on delivery: ang courier ang maniningil</translation>
    </message>
</context>
<context>
    <name>PackBatchDialog</name>
    <message>
        <source>local</source>
        <extracomment>The batch service&apos;s order groups (``Group`` values), as the packer reads them.</extracomment>
        <translation>local</translation>
    </message>
    <message>
        <source>cross-border</source>
        <translation>cross-border</translation>
    </message>
    <message>
        <source>delivered by seller</source>
        <translation>hatid ng seller</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>other</source>
        <translation>iba pa</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 sa %3 tapos</translation>
    </message>
    <message>
        <source>%1, %2 failed</source>
        <translation>%1, %2 failed</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Naabot</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Mga package</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>walang naipadala</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>naka-pack</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>na-print ang label</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>handa na</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>Pack &amp; ship — results</source>
        <translation>Pack &amp; ship — mga resulta</translation>
    </message>
    <message>
        <source>&amp;Retry failed orders</source>
        <translation>&amp;Ulitin ang mga bigong order</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED (retry possible)</source>
        <translation>BIGO (puwedeng ulitin)</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>BIGO</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n can be retried (R).</source>
        <translation>
            <numerusform>%1 %n ang puwedeng ulitin (R).</numerusform>
            <numerusform>%1 %n ang puwedeng ulitin (R).</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1: done.</source>
        <translation>Order %1: tapos na.</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry can help:</source>
        <translation>Order %1 failed; puwedeng i-retry:</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry cannot help as is:</source>
        <translation>Order %1 failed; hindi makakatulong ang retry nang ganito:</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n order(s)…</source>
        <translation>
            <numerusform>Inuulit ang %n order…</numerusform>
            <numerusform>Inuulit ang %n order…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retry failed: %2</source>
        <translation>%1 Bigo ang pag-ulit: %2</translation>
    </message>
</context>
<context>
    <name>PackContext</name>
    <message>
        <source>Lazada answered with no items for it</source>
        <translation>walang item sa sagot ng Lazada</translation>
    </message>
    <message>
        <source>Lazada answered with item rows that have no id</source>
        <translation>may mga item row na walang id sa sagot ng Lazada</translation>
    </message>
    <message>
        <source>Lazada answered with items of another order</source>
        <translation>mga item ng ibang order ang sagot ng Lazada</translation>
    </message>
    <message numerus="yes">
        <source>Lazada&apos;s answer leaves out %n of its items</source>
        <translation>
            <numerusform>kulang ng %n item ang sagot ng Lazada</numerusform>
            <numerusform>kulang ng %n item ang sagot ng Lazada</numerusform>
        </translation>
    </message>
    <message>
        <source>A shipment provider must be chosen for this order.</source>
        <extracomment>Asked when the shop must pick a shipment provider (``provider_choice == &quot;ask&quot;`` or no saved choice): returns the chosen ``provider_code`` or None when the packer declined. (shop_id, order_id) -&gt; packages of a partly refused Pack whose undo has not succeeded yet: settled before the order is packed again (one parcel per order) (shop_id, order_id) -&gt; the ``shipping_allocate_type`` GetShipmentProvider answered for the order (TFS local, NTFS cross-border): a batch groups by it before asking</extracomment>
        <translation>Kailangang pumili ng courier para sa order na ito.</translation>
    </message>
    <message>
        <source>Pick one in the provider dialog, or save one for the shop in Settings.</source>
        <translation>Pumili sa courier dialog, o mag-save ng isa para sa shop sa Settings.</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Starting — checking unfinished work…</source>
        <translation>Nagsisimula — chine-check ang hindi tapos na trabaho…</translation>
    </message>
    <message>
        <source>lazpack is still checking the last session with Lazada; scan again in a moment.</source>
        <translation>Chine-check pa ng lazpack ang huling session sa Lazada; mag-scan ulit maya-maya.</translation>
    </message>
    <message>
        <source>Reprint cancelled.</source>
        <translation>Kinansela ang reprint.</translation>
    </message>
    <message>
        <source>Repack cancelled.</source>
        <translation>Kinansela ang repack.</translation>
    </message>
    <message>
        <source>Select orders in the list first.</source>
        <translation>Pumili muna ng order sa listahan.</translation>
    </message>
    <message numerus="yes">
        <source>Packing and shipping %n order(s)…</source>
        <translation>
            <numerusform>Pina-pack at ipinapadala ang %n order…</numerusform>
            <numerusform>Pina-pack at ipinapadala ang %n order…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>Order %1 has nothing to pack (its items are canceled, shipped, digital or unpaid).</source>
        <extracomment>for UNKNOWN: the SKUs of the open order this barcode could be linked to Item statuses a packer can still work on at the station. Later ones (shipped...) and canceled rows are shown nowhere in the session: they are not in the parcel.</extracomment>
        <translation>Walang ipa-pack sa order %1 (na-cancel, naipadala na, digital o hindi pa bayad ang mga item).</translation>
    </message>
    <message>
        <source>There is no item scan to undo.</source>
        <translation>Walang item scan na ia-undo.</translation>
    </message>
    <message>
        <source>The saved packing session cannot be restored (%1).</source>
        <translation>Hindi maibalik ang naka-save na packing session (%1).</translation>
    </message>
    <message>
        <source>Open the order again; its state at Lazada is unchanged.</source>
        <translation>Buksan ulit ang order; walang nagbago sa status nito sa Lazada.</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>Scan an order or AWB</source>
        <extracomment>a scanned order has only digital items: offer DeliverDigital for it (the key) &quot;open another order?&quot; while one is being packed (a list pick, never a scan) False until start-up recovery ran: no scan or batch may write before it</extracomment>
        <translation>I-scan ang order o AWB</translation>
    </message>
    <message>
        <source>Ready to ship ✓ — scan the next order</source>
        <translation>Ready to ship ✓ — i-scan ang susunod na order</translation>
    </message>
    <message>
        <source>Packing…</source>
        <extracomment>(flash, settled tint, text) per severity; light palette then dark palette kinds after which the service goes on by itself when the policy reaches that step</extracomment>
        <translation>Nagpa-pack…</translation>
    </message>
    <message>
        <source>Printing label…</source>
        <translation>Pini-print ang label…</translation>
    </message>
    <message>
        <source>Marking ready to ship…</source>
        <translation>Minamarkahang ready to ship…</translation>
    </message>
    <message>
        <source>Not finished — scan DONE to retry, or CANCEL</source>
        <translation>Hindi pa tapos — i-scan ang DONE para ulitin, o CANCEL</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Ginagawa…</translation>
    </message>
    <message>
        <source>Scan item %1 of %2: %3</source>
        <translation>I-scan ang item %1 sa %2: %3</translation>
    </message>
    <message>
        <source>All items verified — scan DONE to pack</source>
        <translation>Na-check lahat — i-scan ang DONE para i-pack</translation>
    </message>
    <message>
        <source>Packed — scan DONE to print the label</source>
        <translation>Naka-pack — i-scan ang DONE para i-print ang label</translation>
    </message>
    <message>
        <source>Scan the label on the parcel</source>
        <translation>I-scan ang label sa parcel</translation>
    </message>
    <message>
        <source>Label printed — scan DONE for ready to ship</source>
        <translation>Na-print ang label — i-scan ang DONE para ready to ship</translation>
    </message>
    <message>
        <source>No order open</source>
        <extracomment>&quot;ok&quot; | &quot;error&quot; | &quot;info&quot; | &quot;ready&quot; — the colour currently shown</extracomment>
        <translation>Walang bukas na order</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation>%v sa %m item</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Packer: %1</translation>
    </message>
    <message>
        <source>Packer: — (scan your card)</source>
        <translation>Packer: — (i-scan ang card mo)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
</context>
<context>
    <name>PackersStep</name>
    <message>
        <source>Type the packers&apos; names, one per line (Latin letters, as on their card). Each gets a card with a barcode: scanning it logs the packer in.</source>
        <translation>I-type ang pangalan ng mga packer, isa bawat linya (Latin letters, gaya ng nasa card). Bawat isa ay may card na may barcode: i-scan ito para mag-log in.</translation>
    </message>
    <message>
        <source>Ana
Budi
Chai</source>
        <translation>Ana
Budi
Chai</translation>
    </message>
    <message>
        <source>&amp;Print packer cards…</source>
        <translation>&amp;I-print ang packer cards…</translation>
    </message>
    <message>
        <source>“%1” cannot go on a barcode card: use Latin letters and digits (no “:”). A Thai or Vietnamese name needs a Latin nickname here.</source>
        <translation>Hindi puwede ang “%1” sa barcode card: gumamit ng Latin letters at numero (walang “:”). Kailangan ng Latin na palayaw ang pangalang Thai o Vietnamese.</translation>
    </message>
    <message>
        <source>Packers: none yet</source>
        <translation>Mga packer: wala pa</translation>
    </message>
    <message>
        <source>Type at least one name first.</source>
        <translation>Mag-type muna ng kahit isang pangalan.</translation>
    </message>
    <message numerus="yes">
        <source>Cards for %n packer(s) are ready to print.</source>
        <translation>
            <numerusform>Handa nang i-print ang cards ng %n packer.</numerusform>
            <numerusform>Handa nang i-print ang cards ng %n packer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackingService</name>
    <message>
        <source>Opening order %1…</source>
        <translation>Binubuksan ang order %1…</translation>
    </message>
    <message>
        <source>Empty scan ignored.</source>
        <translation>Hindi pinansin ang blangkong scan.</translation>
    </message>
    <message>
        <source>“%1” ignored: order %2 is still being processed. Scan again when it is done.</source>
        <translation>Hindi pinansin ang “%1”: pinoproseso pa ang order %2. Mag-scan ulit kapag tapos na.</translation>
    </message>
    <message>
        <source>Scan an order first.</source>
        <extracomment>order claims across the stations of a warehouse (None: this PC is alone) the claim of the order a scan is opening (warehouse), answered in the background a pick list&apos;s barcode (``#LP:WAVE:&lt;id&gt;``) scanned: its orders&apos; summary (or raises ``WorkflowError``); the station&apos;s ``PickingService`` answers it asked before an order is opened: a refusal in the packer&apos;s words, or &quot;&quot; (the packing video&apos;s &quot;require video&quot; while the camera is not recording)</extracomment>
        <translation>Mag-scan muna ng order.</translation>
    </message>
    <message>
        <source>“%1” not counted: %2</source>
        <translation>Hindi binilang ang “%1”: %2</translation>
    </message>
    <message>
        <source>Too many: %1 — %2 is already complete (%3 of %4). Put this one back.</source>
        <translation>Sobra: %1 — kumpleto na ang %2 (%3 sa %4). Ibalik ang isang ito.</translation>
    </message>
    <message>
        <source>confirmed without barcode</source>
        <translation>kinumpirma nang walang barcode</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>sa pamamagitan ng %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2: %3 sa %4</translation>
    </message>
    <message>
        <source>%1. All %2 items verified.</source>
        <translation>%1. Na-check ang lahat ng %2 item.</translation>
    </message>
    <message>
        <source>Packing…</source>
        <translation>Nagpa-pack…</translation>
    </message>
    <message>
        <source>Order %1 is not in the open orders list.</source>
        <translation>Wala ang order %1 sa listahan ng bukas na order.</translation>
    </message>
    <message>
        <source>Wait until the current order is done.</source>
        <translation>Hintaying matapos ang kasalukuyang order.</translation>
    </message>
    <message>
        <source>“%1” is another parcel of order %2. Finish this parcel (%3) first, or scan CANCEL.</source>
        <translation>Ibang parcel ng order %2 ang “%1”. Tapusin muna ang parcel na ito (%3), o i-scan ang CANCEL.</translation>
    </message>
    <message>
        <source>Wrong label: “%1” belongs to order %2, not to order %3.</source>
        <translation>Maling label: sa order %2 ang “%1”, hindi sa order %3.</translation>
    </message>
    <message>
        <source>Order %1 is still open (%2 of %3 verified, %4). Finish it or scan CANCEL before opening order %5.</source>
        <translation>Bukas pa ang order %1 (%2 sa %3 na-check, %4). Tapusin ito o i-scan ang CANCEL bago buksan ang order %5.</translation>
    </message>
    <message>
        <source>Deliver digital items (Ctrl+Shift+D)</source>
        <translation>Ihatid ang digital items (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source> It is already ready to ship at Lazada.</source>
        <translation> Ready to ship na ito sa Lazada.</translation>
    </message>
    <message>
        <source> Already packed at Lazada (%1).</source>
        <translation> Naka-pack na sa Lazada (%1).</translation>
    </message>
    <message>
        <source>Order %1 (%2): %3.%4</source>
        <translation>Order %1 (%2): %3.%4</translation>
    </message>
    <message>
        <source>Label %1 belongs to order %2.</source>
        <translation>Ang label %1 ay sa order %2.</translation>
    </message>
    <message>
        <source>Order %1 is already open.</source>
        <translation>Bukas na ang order %1.</translation>
    </message>
    <message>
        <source>Wait: the current step is still running.</source>
        <translation>Sandali: tumatakbo pa ang kasalukuyang hakbang.</translation>
    </message>
    <message>
        <source>Pick lists are not available at this station.</source>
        <translation>Hindi available ang pick list sa station na ito.</translation>
    </message>
    <message>
        <source>Packer: %1.</source>
        <translation>Packer: %1.</translation>
    </message>
    <message>
        <source>Packer logged out.</source>
        <translation>Naka-log out na ang packer.</translation>
    </message>
    <message>
        <source>No order is open.</source>
        <translation>Walang bukas na order.</translation>
    </message>
    <message>
        <source>%1 different items are missing: choose the one to confirm on screen.</source>
        <translation>%1 magkakaibang item ang kulang: piliin sa screen ang kukumpirmahin.</translation>
    </message>
    <message>
        <source>%1 is not in order %2.</source>
        <translation>Wala ang %1 sa order %2.</translation>
    </message>
    <message>
        <source>Open the order first, then link the barcode.</source>
        <translation>Buksan muna ang order, saka i-link ang barcode.</translation>
    </message>
    <message>
        <source>“%1” cannot be linked to an item.</source>
        <translation>Hindi ma-link sa item ang “%1”.</translation>
    </message>
    <message>
        <source>“%1” already means %2.</source>
        <translation>Ang “%1” ay %2 na.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>Ang “%1” ay %2 na ngayon.</translation>
    </message>
    <message>
        <source>manual confirmation</source>
        <translation>manual na kumpirmasyon</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>Took back one %1 (%2): %3 of %4.</source>
        <translation>Binawi ang isang %1 (%2): %3 sa %4.</translation>
    </message>
    <message>
        <source>Order %1 cancelled at the station; nothing was sent to Lazada.</source>
        <translation>Kinansela ang order %1 sa station; walang naipadala sa Lazada.</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>ready to ship</translation>
    </message>
    <message>
        <source>packed (%1)</source>
        <translation>naka-pack (%1)</translation>
    </message>
    <message>
        <source>Order %1 closed; it stays %2 at Lazada.</source>
        <translation>Isinara ang order %1; nananatili itong %2 sa Lazada.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Scan them, confirm them manually, or scan PARTIAL to pack only the verified ones.</source>
        <translation>
            <numerusform>Kulang pa ang %n item. I-scan, kumpirmahin nang manual, o i-scan ang PARTIAL para i-pack lang ang na-check.</numerusform>
            <numerusform>Kulang pa ang %n item. I-scan, kumpirmahin nang manual, o i-scan ang PARTIAL para i-pack lang ang na-check.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the label on the parcel first.</source>
        <translation>I-scan muna ang label sa parcel.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Ginagawa…</translation>
    </message>
    <message>
        <source>Verify at least one item before packing part of an order.</source>
        <translation>Mag-check ng kahit isang item bago i-pack ang bahagi ng order.</translation>
    </message>
    <message>
        <source>Packing %1 of %2 items; the rest stays pending.</source>
        <translation>Pina-pack ang %1 sa %2 item; pending pa ang natitira.</translation>
    </message>
    <message>
        <source>There is no packed order with a label to print.</source>
        <translation>Walang naka-pack na order na may label na ipi-print.</translation>
    </message>
    <message>
        <source>Delivered-by-seller orders have no AWB label.</source>
        <translation>Walang AWB label ang mga order na hatid ng seller.</translation>
    </message>
    <message>
        <source>Printing the label again…</source>
        <translation>Pini-print ulit ang label…</translation>
    </message>
    <message>
        <source>Only a packed order that is not ready to ship can be repacked.</source>
        <translation>Ang naka-pack lang na order na hindi pa ready to ship ang puwedeng i-repack.</translation>
    </message>
    <message>
        <source>Recreating the package…</source>
        <translation>Ginagawang muli ang package…</translation>
    </message>
    <message>
        <source>Internal error: %1: %2</source>
        <translation>Internal error: %1: %2</translation>
    </message>
    <message>
        <source>Order %1 was not resumed here: %2</source>
        <translation>Hindi itinuloy dito ang order %1: %2</translation>
    </message>
    <message>
        <source>Resumed order %1 where it stopped: %2 of %3 verified, %4.</source>
        <translation>Itinuloy ang order %1 kung saan ito huminto: %2 sa %3 na-check, %4.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The document cannot be shown (%1).</source>
        <extracomment>preview width of one page in pixels (readable at 1366×768)</extracomment>
        <translation>Hindi maipakita ang dokumento (%1).</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;I-print…</translation>
    </message>
</context>
<context>
    <name>PickingService</name>
    <message>
        <source>Not found among the open orders: %1.</source>
        <extracomment>``Settings.ui`` key of the saved A4 printer for pick lists (the window and the CLI). Thumbnails fetched at once for a pick list. order numbers or order ids</extracomment>
        <translation>Hindi makita sa mga bukas na order: %1.</translation>
    </message>
    <message>
        <source>Check the order numbers, or sync the shop first.</source>
        <translation>I-check ang mga order number, o i-sync muna ang shop.</translation>
    </message>
    <message>
        <source>%1 chosen orders</source>
        <extracomment>order numbers that need it</extracomment>
        <translation>%1 napiling order</translation>
    </message>
    <message>
        <source>All open orders</source>
        <translation>Lahat ng bukas na order</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack, %4 no longer open.</source>
        <translation>Pick list #%1: %2 order, %3 to pack, %4 hindi na bukas.</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack.</source>
        <translation>Pick list #%1: %2 order, %3 to pack.</translation>
    </message>
    <message>
        <source>None of the chosen orders is open at this station any more.</source>
        <extracomment>the wave last scanned at the station, and who wants to know</extracomment>
        <translation>Wala nang bukas sa station na ito sa mga napiling order.</translation>
    </message>
    <message>
        <source>No orders match: there is nothing to pick.</source>
        <translation>Walang tugmang order: walang ipi-pick.</translation>
    </message>
    <message>
        <source>Choose other orders, another status or shipping provider.</source>
        <translation>Pumili ng ibang order, ibang status o ibang courier.</translation>
    </message>
    <message>
        <source>Pick list (wave) %1 is not known at this station.</source>
        <translation>Hindi kilala sa station na ito ang pick list (wave) %1.</translation>
    </message>
    <message>
        <source>“%1” is not the number of a pick list.</source>
        <translation>Hindi number ng pick list ang “%1”.</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>• %1: printed %2×</source>
        <translation>• %1: na-print nang %2×</translation>
    </message>
    <message>
        <source>Print the label again?</source>
        <translation>I-print ulit ang label?</translation>
    </message>
    <message>
        <source>These labels were printed already:
%1

Reprint only if the first label is lost or damaged.</source>
        <translation>Na-print na ang mga label na ito:
%1

Mag-reprint lang kung nawala o nasira ang una.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>I-reprint</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>I-save ang mga label bilang PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Printing “%1” failed (%2). The details are in the log.</source>
        <extracomment>A4 jobs still running (a task the loop only holds weakly would be collected mid-job)</extracomment>
        <translation>Nabigo ang pag-print ng “%1” (%2). Nasa log ang detalye.</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (hindi makita)</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Label printer</source>
        <translation>Label printer</translation>
    </message>
    <message>
        <source>Ask every time (system print dialog)</source>
        <translation>Magtanong tuwing magpi-print (system print dialog)</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopya</translation>
    </message>
    <message>
        <source>Test label sent. Its frame must be closed and every ruler start at 0.</source>
        <translation>Naipadala ang test label. Dapat sarado ang frame at nagsisimula sa 0 ang bawat ruler.</translation>
    </message>
</context>
<context>
    <name>PrinterStep</name>
    <message>
        <source>&amp;Yes, whole</source>
        <extracomment>&quot;did it come out whole?&quot; → what lazpack changes</extracomment>
        <translation>&amp;Oo, buo</translation>
    </message>
    <message>
        <source>No, &amp;turned sideways</source>
        <translation>Hindi, &amp;patagilid</translation>
    </message>
    <message>
        <source>No, &amp;cut off at an edge</source>
        <translation>Hindi, &amp;putol sa gilid</translation>
    </message>
    <message>
        <source>No, too s&amp;mall</source>
        <translation>Hindi, masyadong &amp;maliit</translation>
    </message>
    <message>
        <source>Pick the printer that prints the shipping labels, print a test label and look at it: lazpack fixes the size and orientation from your answer and then prints every label there without asking.</source>
        <translation>Piliin ang printer ng shipping labels, mag-print ng test label at tingnan: aayusin ng lazpack ang laki at orientation ayon sa sagot mo, saka doon na ipi-print ang bawat label nang hindi nagtatanong.</translation>
    </message>
    <message>
        <source>&amp;Print a test label</source>
        <translation>&amp;Mag-print ng test label</translation>
    </message>
    <message>
        <source>Did it come out whole: frame closed, rulers start at 0?</source>
        <translation>Buo ba ang lumabas: sarado ang frame, nagsisimula sa 0 ang ruler?</translation>
    </message>
    <message>
        <source>No printer is installed on this PC. Install the label printer&apos;s driver (or connect it), then come back with Station → Set up this desk…</source>
        <translation>Walang naka-install na printer sa PC na ito. I-install ang driver ng label printer (o ikonekta ito), saka bumalik sa Station → Set up this desk…</translation>
    </message>
    <message>
        <source>Test label sent to “%1”. Look at it, then answer:</source>
        <translation>Naipadala ang test label sa “%1”. Tingnan ito, saka sumagot:</translation>
    </message>
    <message>
        <source>Saved: labels print on “%1” without asking (%2).</source>
        <translation>Na-save: sa “%1” ipi-print ang mga label nang hindi nagtatanong (%2).</translation>
    </message>
    <message>
        <source>Label printer: %1</source>
        <translation>Label printer: %1</translation>
    </message>
    <message>
        <source>lazpack now turns the label (%1).</source>
        <translation>Iniikot na ngayon ng lazpack ang label (%1).</translation>
    </message>
    <message>
        <source>The label is already the smallest size lazpack knows. Set the paper size in the printer&apos;s own settings (Printers → Preferences) to the labels loaded in it.</source>
        <translation>Pinakamaliit na na laki ang label na alam ng lazpack. I-set ang paper size sa sariling settings ng printer (Printers → Preferences) ayon sa label na nakakarga.</translation>
    </message>
    <message>
        <source>lazpack now uses %1.</source>
        <translation>Gumagamit na ngayon ang lazpack ng %1.</translation>
    </message>
    <message>
        <source>lazpack now sets the label size on this printer. If it is still small, set the paper size in the printer&apos;s own settings (Printers → Preferences) to 100 × 150 mm.</source>
        <translation>Sine-set na ngayon ng lazpack ang laki ng label sa printer na ito. Kung maliit pa rin, gawing 100 × 150 mm ang paper size sa settings ng printer (Printers → Preferences).</translation>
    </message>
    <message>
        <source>%1 Print the test label again to check.</source>
        <translation>%1 Mag-print ulit ng test label para i-check.</translation>
    </message>
</context>
<context>
    <name>ProviderDecision</name>
    <message>
        <source>Shipment provider %1 is not offered for this order.</source>
        <translation>Hindi inaalok ang courier na %1 para sa order na ito.</translation>
    </message>
    <message>
        <source>Pick one of the providers in the list.</source>
        <translation>Pumili ng isang courier sa listahan.</translation>
    </message>
</context>
<context>
    <name>ProviderPickerDialog</name>
    <message>
        <source>Choose the shipment provider</source>
        <translation>Piliin ang courier</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1) for %2:</source>
        <translation>Kailangan ng Lazada ng courier (%1) para sa %2:</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1):</source>
        <translation>Kailangan ng Lazada ng courier (%1):</translation>
    </message>
    <message>
        <source>↑/↓ to move, Enter to choose, Esc to cancel. The choice is remembered.</source>
        <translation>↑/↓ para gumalaw, Enter para pumili, Esc para i-cancel. Tatandaan ang napili.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s standard buttons (OK, Cancel, Yes…) are translated by Qt in context &quot;QPlatformTheme&quot;; Qt ships no Thai, Vietnamese, Indonesian, Malay or Filipino file, so lazpack&apos;s own .ts carries them (listed here for lupdate).</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Subukan ulit</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>not applied: printing changes nothing at Lazada; print again if needed</source>
        <extracomment>Statuses an item reaches only after a successful Pack. Statuses an item reaches only after a successful ReadyToShip. Actions that change nothing at Lazada, so repeating them is harmless there. Fresh items per order, so the caller can reopen the order panel without a read.</extracomment>
        <translation>hindi nailapat: walang binabago sa Lazada ang pag-print; mag-print ulit kung kailangan</translation>
    </message>
    <message>
        <source>not applied: the intent names no order, nothing to check</source>
        <translation>hindi nailapat: walang order, walang iche-check</translation>
    </message>
    <message>
        <source>not applied: Lazada does not know order %1 (%2)</source>
        <translation>hindi nailapat: hindi kilala ng Lazada ang order %1 (%2)</translation>
    </message>
    <message>
        <source>unknown: order %1 could not be read (%2); nothing is sent until it can</source>
        <translation>hindi alam: hindi mabasa ang order %1 (%2); walang ipapadala hangga&apos;t hindi ito mabasa</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>ready to ship</source>
        <translation>ready to ship</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>bigong hatid</translation>
    </message>
    <message>
        <source>not applied: lazpack cannot check a %1 at Lazada</source>
        <translation>hindi nailapat: hindi ma-check ng lazpack ang %1 sa Lazada</translation>
    </message>
    <message>
        <source>not applied: the items were canceled</source>
        <translation>hindi nailapat: na-cancel ang mga item</translation>
    </message>
    <message>
        <source>applied: packed in %1</source>
        <translation>nailapat: naka-pack sa %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (in %3); %4 still to pack</source>
        <translation>nailapat sa %1 sa %2 item (sa %3); %4 pa ang ipa-pack</translation>
    </message>
    <message>
        <source>not applied: the items are still to pack</source>
        <translation>hindi nailapat: to pack pa ang mga item</translation>
    </message>
    <message>
        <source>not applied: the items are %1</source>
        <translation>hindi nailapat: %1 ang mga item</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (%3); the rest still to do</source>
        <translation>nailapat sa %1 sa %2 item (%3); gagawin pa ang natitira</translation>
    </message>
    <message>
        <source>not applied: the items are still %1</source>
        <translation>hindi nailapat: %1 pa ang mga item</translation>
    </message>
    <message>
        <source>not applied: still packed in %1</source>
        <translation>hindi nailapat: naka-pack pa sa %1</translation>
    </message>
    <message>
        <source>applied: the package was recreated</source>
        <translation>nailapat: ginawang muli ang package</translation>
    </message>
    <message>
        <source>applied: the old package is gone</source>
        <translation>nailapat: wala na ang lumang package</translation>
    </message>
    <message>
        <source> (package %1)</source>
        <translation> (package %1)</translation>
    </message>
    <message>
        <source>Order %1 is already packed%2; not packing it again.</source>
        <translation>Naka-pack na ang order %1%2; hindi na ipa-pack ulit.</translation>
    </message>
    <message>
        <source>Item %1 is %2 at Lazada; it cannot be packed.</source>
        <translation>%2 ang item %1 sa Lazada; hindi ito mapa-pack.</translation>
    </message>
    <message>
        <source>Item %1 is no longer in the order at Lazada.</source>
        <translation>Wala na ang item %1 sa order sa Lazada.</translation>
    </message>
    <message>
        <source>Package %1 has no live items at Lazada (canceled or repacked).</source>
        <translation>Walang aktibong item ang package %1 sa Lazada (na-cancel o na-repack).</translation>
    </message>
    <message>
        <source>Package %1 is already ready to ship; nothing sent.</source>
        <translation>Ready to ship na ang package %1; walang ipinadala.</translation>
    </message>
    <message>
        <source>Package %1 cannot be set ready to ship: items are %2.</source>
        <translation>Hindi ma-ready to ship ang package %1: %2 ang mga item.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <source>&amp;Keep history for</source>
        <translation>&amp;Itago ang history nang</translation>
    </message>
    <message>
        <source>Journal lines older than this are removed when lazpack starts. Writes to Lazada whose outcome is still unknown are always kept.</source>
        <translation>Binubura ang mga journal line na mas luma rito kapag nagsimula ang lazpack. Laging itinatago ang mga ipinadala sa Lazada na hindi pa alam ang resulta.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Hindi pa naka-save.</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>“%1” is not a lazpack command barcode.</source>
        <translation>Hindi lazpack command barcode ang “%1”.</translation>
    </message>
    <message>
        <source>“%1” matches several items of this order: %2. Confirm the right one on screen.</source>
        <translation>Tumutugma ang “%1” sa ilang item ng order na ito: %2. Kumpirmahin sa screen ang tama.</translation>
    </message>
    <message>
        <source>“%1” matches several orders: %2. Open the right one in the list.</source>
        <translation>Tumutugma ang “%1” sa ilang order: %2. Buksan ang tama sa listahan.</translation>
    </message>
</context>
<context>
    <name>ScanProbe</name>
    <message>
        <source>Scan the barcode above now…</source>
        <translation>I-scan na ang barcode sa itaas…</translation>
    </message>
</context>
<context>
    <name>ScannerStep</name>
    <message>
        <source>Scan the barcode below with the desk&apos;s scanner. lazpack checks that it reads letters and digits right, ends with Enter, and types fast enough to be told apart from a person. If nothing appears, the scanner is not connected or sends no Enter/Tab: check the cable, then scan its “Add Enter” setting code.</source>
        <translation>I-scan ang barcode sa ibaba gamit ang scanner ng desk. Iche-check ng lazpack kung tama ang basa sa letra at numero, nagtatapos sa Enter, at sapat ang bilis para maiba sa tao. Kung walang lumabas, hindi nakakonekta ang scanner o hindi ito nagpapadala ng Enter/Tab: tingnan ang cable, saka i-scan ang “Add Enter” setting code nito.</translation>
    </message>
    <message>
        <source>✓ The scanner works: right characters, Enter at the end, fast.</source>
        <translation>✓ Gumagana ang scanner: tamang character, may Enter sa dulo, mabilis.</translation>
    </message>
    <message>
        <source>Scanner: works</source>
        <translation>Scanner: gumagana</translation>
    </message>
    <message>
        <source>

Change it, then scan the barcode again.</source>
        <translation>

Baguhin ito, saka i-scan ulit ang barcode.</translation>
    </message>
    <message>
        <source>Scanner: works (ends with Tab)</source>
        <translation>Scanner: gumagana (nagtatapos sa Tab)</translation>
    </message>
</context>
<context>
    <name>ScannerVerdict</name>
    <message>
        <source>The letters came out in lower case: turn Caps Lock off.</source>
        <extracomment>keys and then no Enter/Tab for this long: the scanner sends no suffix the code the scanner test shows: letters and digits, so a wrong layout shows in both what the keys typed on this PC&apos;s layout the code read from the keys as the station reads it is the test code the station&apos;s scan router takes these keys for a scanner&apos;s burst the code as the station reads it (by key position, whatever the layout)</extracomment>
        <translation>Lowercase ang lumabas na letra: i-off ang Caps Lock.</translation>
    </message>
    <message>
        <source>The scanner typed “%1” instead of “%2”: this PC&apos;s keyboard layout changes what the scanner types. Switch the keyboard to English (US) while packing, or set the scanner&apos;s keyboard country to match the PC (see its manual).</source>
        <translation>“%1” ang na-type ng scanner sa halip na “%2”: binabago ng keyboard layout ng PC na ito ang tina-type ng scanner. Gawing English (US) ang keyboard habang nagpa-pack, o i-set ang keyboard country ng scanner para tumugma sa PC (tingnan ang manual nito).</translation>
    </message>
    <message>
        <source>That was typed slowly (%1 ms between keys): lazpack recognises a scanner by its speed (a key every 5–15 ms). If that was the scanner, set it to its fastest USB keyboard speed; by hand, use the scan field instead.</source>
        <translation>Mabagal ang pag-type (%1 ms sa pagitan ng mga key): nakikilala ng lazpack ang scanner sa bilis nito (isang key bawat 5–15 ms). Kung scanner iyon, i-set ito sa pinakamabilis na USB keyboard speed; kung mano-mano, gamitin ang scan field.</translation>
    </message>
    <message>
        <source>The code came without Enter at its end: lazpack takes a code when Enter (or Tab) follows it. Scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>Walang Enter sa dulo ng code: tinatanggap ng lazpack ang code kapag may kasunod na Enter (o Tab). I-scan ang “Add Enter (CR) suffix” barcode sa manual ng scanner.</translation>
    </message>
    <message>
        <source>The scanner ends each code with Tab. lazpack accepts it, but Enter works in every program: scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>Tab ang ipinapadala ng scanner sa dulo ng bawat code. Tinatanggap ito ng lazpack, pero gumagana ang Enter sa lahat ng program: i-scan ang “Add Enter (CR) suffix” barcode sa manual ng scanner.</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Serial scanners are not supported here: %1</source>
        <extracomment>GS1&apos;s group separator (FNC1 as transmitted): a wedge types it as Ctrl+] with this text a scanner presses Shift for capitals and some symbols: those presses are part of a burst a wedge&apos;s longest usual gap between keys (it types one every 5–15 ms; a person needs 80+) the longest pause inside a burst (a loaded PC or USB hub stalls a few of its keys) the longest gap between keys (the scan field&apos;s run: fast means a scanner typed it) gaps longer than a scanner&apos;s (a busy PC or USB hub stalls a burst now and then) copies of the held key presses, replayed to ``widget`` if this was typing after all None: the key events&apos; timestamps (monotonic time for events without one) the Vietnamese input method whose composed letters a burst is taken apart with (the station setting ``packing.scanner_composer``, Settings → Vietnamese typing) the longest pause inside a burst; only a few of its gaps may exceed ``max_gap_s`` a pause after which held keys cannot be a burst any more: they are given back then</extracomment>
        <translation>Hindi suportado rito ang serial scanner: %1</translation>
    </message>
    <message>
        <source>Cannot open scanner port %1: %2</source>
        <translation>Hindi mabuksan ang scanner port %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Stop after verifying (I scan DONE to pack)</source>
        <translation>Huminto pagkatapos mag-check (ako ang mag-i-scan ng DONE para i-pack)</translation>
    </message>
    <message>
        <source>Pack automatically, then wait</source>
        <translation>Awtomatikong i-pack, saka maghintay</translation>
    </message>
    <message>
        <source>Pack and print the label automatically</source>
        <translation>Awtomatikong i-pack at i-print ang label</translation>
    </message>
    <message>
        <source>Pack, print and mark ready to ship automatically</source>
        <translation>Awtomatikong i-pack, i-print at i-ready to ship</translation>
    </message>
    <message>
        <source>Lazada allocates the provider</source>
        <translation>Lazada ang pipili ng courier</translation>
    </message>
    <message>
        <source>Use my saved provider per shop</source>
        <translation>Gamitin ang naka-save kong courier bawat shop</translation>
    </message>
    <message>
        <source>Ask me every time</source>
        <translation>Magtanong palagi</translation>
    </message>
    <message>
        <source>Order first: scan the order, then the items</source>
        <translation>Order muna: i-scan ang order, saka ang mga item</translation>
    </message>
    <message>
        <source>Label first: labels printed in a batch, scan the label to verify</source>
        <translation>Label muna: naka-batch ang print ng label, i-scan ang label para mag-check</translation>
    </message>
    <message>
        <source>Telex</source>
        <extracomment>the Vietnamese input method a scan typed through it is taken apart with (keymap.Composer)</extracomment>
        <translation>Telex</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Settings ng station</translation>
    </message>
    <message>
        <source>Scan the printed label on the parcel before ready to ship</source>
        <translation>I-scan ang na-print na label sa parcel bago i-ready to ship</translation>
    </message>
    <message>
        <source>Play sounds on every scan</source>
        <translation>Magpatunog sa bawat scan</translation>
    </message>
    <message>
        <source>The Vietnamese typing method of this PC: scans it rewrites are read back</source>
        <translation>Ang Vietnamese typing method ng PC na ito: binabasa pabalik ang mga scan na binago nito</translation>
    </message>
    <message>
        <source>empty: keyboard scanner only (e.g. COM3, /dev/ttyACM0)</source>
        <translation>blangko: keyboard scanner lang (hal. COM3, /dev/ttyACM0)</translation>
    </message>
    <message>
        <source>Label &amp;printer…</source>
        <translation>Label &amp;printer…</translation>
    </message>
    <message>
        <source>&amp;Warehouse…</source>
        <translation>&amp;Warehouse…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Packer name</source>
        <translation>Pangalan ng packer</translation>
    </message>
    <message>
        <source>After the last item</source>
        <translation>Pagkatapos ng huling item</translation>
    </message>
    <message>
        <source>Shipment provider</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Daloy</translation>
    </message>
    <message>
        <source>Vietnamese typing</source>
        <translation>Vietnamese typing</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>Serial scanner port</translation>
    </message>
    <message>
        <source>Changes apply at once; the serial scanner reconnects.</source>
        <translation>Agad na gagana ang mga pagbabago; magre-reconnect ang serial scanner.</translation>
    </message>
    <message>
        <source>ask with the print dialog</source>
        <translation>itanong gamit ang print dialog</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>landscape</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>this PC&apos;s own journal</source>
        <translation>sariling journal ng PC na ito</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Choose the language of this desk. Menus, messages, labels and slips use it.</source>
        <translation>Piliin ang wika ng desk na ito. Ito ang gagamitin ng menu, mensahe, label at slip.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Wika: %1</translation>
    </message>
    <message>
        <source>Who packs at this desk?</source>
        <translation>Sino ang nagpa-pack sa desk na ito?</translation>
    </message>
    <message>
        <source>The label printer</source>
        <extracomment>the next paper to try when the label is cut off (the printer&apos;s roll is smaller)</extracomment>
        <translation>Ang label printer</translation>
    </message>
    <message>
        <source>The scanner</source>
        <translation>Ang scanner</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Tunog</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>Ang shop</translation>
    </message>
    <message>
        <source>Set up this desk</source>
        <translation>I-set up ang desk na ito</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>the packer cards&apos; preview, when open (Packers step)</extracomment>
        <translation>&amp;Bumalik</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Laktawan ang hakbang na ito</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Susunod</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Hakbang %1 sa %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Tapos</translation>
    </message>
    <message>
        <source>Packer cards</source>
        <translation>Packer cards</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Pilipinas</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Cross-border (all six countries)</source>
        <translation>Cross-border (lahat ng anim na bansa)</translation>
    </message>
    <message>
        <source>Reconnect shop</source>
        <extracomment>the message shown when a step failed (bad input, keyring, Lazada refused, ...)</extracomment>
        <translation>I-reconnect ang shop</translation>
    </message>
    <message>
        <source>Add a Lazada shop</source>
        <translation>Magdagdag ng Lazada shop</translation>
    </message>
    <message>
        <source>App Key from the Lazada Open Platform console</source>
        <translation>App Key mula sa Lazada Open Platform console</translation>
    </message>
    <message>
        <source>App Secret (kept in the system keyring)</source>
        <translation>App Secret (nasa system keyring)</translation>
    </message>
    <message>
        <source>Callback URL registered for the app</source>
        <translation>Callback URL na naka-register sa app</translation>
    </message>
    <message>
        <source>Leave empty for Lazada (emulator: http://127.0.0.1:PORT/rest)</source>
        <translation>Iwanang blangko para sa Lazada (emulator: http://127.0.0.1:PORT/rest)</translation>
    </message>
    <message>
        <source>Authorize in browser</source>
        <translation>I-authorize sa browser</translation>
    </message>
    <message>
        <source>…or paste the address the browser shows after consenting</source>
        <translation>…o i-paste ang address na ipinakita ng browser pagkatapos pumayag</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Ikonekta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect URI</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API server</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored app secret</source>
        <translation>Iwanang blangko para manatili ang naka-save na app secret</translation>
    </message>
    <message>
        <source>Waiting for Lazada… finish the consent page in the browser.</source>
        <translation>Hinihintay ang Lazada… tapusin ang consent page sa browser.</translation>
    </message>
    <message>
        <source>Log in on the Lazada page that opened and click Submit, then paste the address the browser shows here.</source>
        <translation>Mag-log in sa nabuksang Lazada page at i-click ang Submit, saka i-paste dito ang address na ipinakita ng browser.</translation>
    </message>
    <message>
        <source>Connecting the shop…</source>
        <translation>Ikinokonekta ang shop…</translation>
    </message>
</context>
<context>
    <name>ShopService</name>
    <message>
        <source>Unknown region %1; choose one of %2.</source>
        <extracomment>a shop&apos;s token provider: this station&apos;s keyring, or the warehouse&apos;s vault</extracomment>
        <translation>Hindi kilalang region %1; pumili sa %2.</translation>
    </message>
    <message>
        <source>The app key is a number (App Console → App Overview → App Key).</source>
        <translation>Numero ang app key (App Console → App Overview → App Key).</translation>
    </message>
    <message>
        <source>Enter the app secret from the App Console.</source>
        <translation>Ilagay ang app secret mula sa App Console.</translation>
    </message>
    <message>
        <source>The redirect URI must be the callback URL registered for the app (https://… or http://127.0.0.1:PORT/… for the built-in listener).</source>
        <translation>Dapat ang redirect URI ay ang callback URL na naka-register sa app (https://… o http://127.0.0.1:PORT/… para sa built-in listener).</translation>
    </message>
    <message>
        <source>No shop %1 is configured.</source>
        <extracomment>the warehouse&apos;s shops (None: not read yet, or the database did not answer)</extracomment>
        <translation>Walang naka-configure na shop %1.</translation>
    </message>
    <message>
        <source>The warehouse holds no secrets for shop %1.</source>
        <translation>Walang secret ng shop %1 ang warehouse.</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>I-authorize ulit ang shop sa isang station.</translation>
    </message>
    <message>
        <source>The app secret of shop %1 is missing from the keyring.</source>
        <translation>Wala sa keyring ang app secret ng shop %1.</translation>
    </message>
    <message>
        <source>Reconnect the shop and enter the app secret again.</source>
        <translation>I-reconnect ang shop at ilagay ulit ang app secret.</translation>
    </message>
</context>
<context>
    <name>ShopStep</name>
    <message>
        <source>Connect your Lazada shop to pack its orders, or keep the demo shop to practise first (its orders are not real). You can connect a shop later in Station → Shops…</source>
        <translation>Ikonekta ang Lazada shop mo para i-pack ang mga order nito, o gamitin muna ang demo shop para magsanay (hindi totoo ang mga order nito). Puwede kang magkonekta ng shop mamaya sa Station → Shops…</translation>
    </message>
    <message>
        <source>&amp;Connect a Lazada shop…</source>
        <translation>&amp;Ikonekta ang Lazada shop…</translation>
    </message>
    <message>
        <source>&amp;Keep the demo shop for now</source>
        <translation>&amp;Gamitin muna ang demo shop</translation>
    </message>
    <message>
        <source>Shop: connecting</source>
        <translation>Shop: kumokonekta</translation>
    </message>
    <message>
        <source>Shop: demo</source>
        <translation>Shop: demo</translation>
    </message>
    <message numerus="yes">
        <source>Connected now: %n shop(s).</source>
        <translation>
            <numerusform>Nakakonekta ngayon: %n shop.</numerusform>
            <numerusform>Nakakonekta ngayon: %n shop.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shop is connected yet.</source>
        <translation>Wala pang nakakonektang shop.</translation>
    </message>
</context>
<context>
    <name>ShopTokenProvider</name>
    <message>
        <source>Shop %1 is not authorized on this station; reconnect it.</source>
        <translation>Hindi naka-authorize ang shop %1 sa station na ito; i-reconnect ito.</translation>
    </message>
    <message numerus="yes">
        <source>Re-authorize this shop within %n day(s).</source>
        <translation>
            <numerusform>I-authorize ulit ang shop na ito sa loob ng %n araw.</numerusform>
            <numerusform>I-authorize ulit ang shop na ito sa loob ng %n araw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Nakakonekta</translation>
    </message>
    <message>
        <source>The authorization of shop %1 has ended; authorize it again.</source>
        <translation>Tapos na ang authorization ng shop %1; i-authorize ito ulit.</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1 (%2); reconnect it.</source>
        <translation>Hindi na tinatanggap ng Lazada ang authorization ng shop %1 (%2); i-reconnect ito.</translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved (%1); this shop will need to be reconnected after lazpack restarts.</source>
        <translation>Hindi ma-save ang na-renew na token (%1); kailangang i-reconnect ang shop na ito pagka-restart ng lazpack.</translation>
    </message>
</context>
<context>
    <name>ShopsWidget</name>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add shop…</source>
        <translation>Magdagdag ng shop…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>I-reconnect…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Remove %1 from every station of the warehouse?

Its app secret and tokens are deleted from the warehouse database; every station stops opening it at its next start. Orders already packed stay in the journal.</source>
        <translation>Tanggalin ang %1 sa bawat station ng warehouse?

Mabubura ang app secret at mga token nito sa warehouse database; hindi na ito bubuksan ng bawat station sa susunod na start. Nasa journal pa rin ang mga order na na-pack na.</translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation>Alisin ang shop</translation>
    </message>
    <message>
        <source>Remove %1 from this station?

Its app secret and tokens are deleted from the system keyring; orders already packed stay in the journal.</source>
        <translation>Alisin ang %1 sa station na ito?

Buburahin ang app secret at mga token nito sa system keyring; mananatili sa journal ang mga order na naka-pack na.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to the scan field</source>
        <extracomment>(key sequence, what it does) — the overview lists these in this order.</extracomment>
        <translation>Pumunta sa scan field</translation>
    </message>
    <message>
        <source>Enter (in the scan field)</source>
        <translation>Enter (sa scan field)</translation>
    </message>
    <message>
        <source>Use the scanned or typed code</source>
        <translation>Gamitin ang na-scan o na-type na code</translation>
    </message>
    <message>
        <source>(any scan)</source>
        <translation>(anumang scan)</translation>
    </message>
    <message>
        <source>A barcode scanner works wherever the focus is, except in dialogs</source>
        <translation>Gumagana ang barcode scanner kahit saan ang focus, maliban sa mga dialog</translation>
    </message>
    <message>
        <source>Done: go on to pack / print / ready to ship</source>
        <translation>Tapos: tuloy sa pack / print / ready to ship</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>I-undo ang huling item scan</translation>
    </message>
    <message>
        <source>Esc (in the scan field), Ctrl+Del</source>
        <translation>Esc (sa scan field), Ctrl+Del</translation>
    </message>
    <message>
        <source>Cancel the open order</source>
        <translation>I-cancel ang bukas na order</translation>
    </message>
    <message>
        <source>Confirm an item that has no barcode (recorded as manual)</source>
        <translation>Kumpirmahin ang item na walang barcode (itatala bilang manual)</translation>
    </message>
    <message>
        <source>Pack only the verified items</source>
        <translation>I-pack lang ang mga na-check na item</translation>
    </message>
    <message>
        <source>Reprint / preview the label</source>
        <translation>I-reprint / i-preview ang label</translation>
    </message>
    <message>
        <source>Repack: recreate the package (the old label becomes void)</source>
        <translation>Repack: gawin ulit ang package (magiging void ang lumang label)</translation>
    </message>
    <message>
        <source>Pack &amp; ship the selected orders</source>
        <translation>I-pack at i-ship ang mga napiling order</translation>
    </message>
    <message>
        <source>Deliver digital items of the selected orders</source>
        <translation>Ihatid ang digital items ng mga napiling order</translation>
    </message>
    <message>
        <source>1–9, ↑↓ Enter, Esc (in a choice)</source>
        <translation>1–9, ↑↓ Enter, Esc (sa pagpili)</translation>
    </message>
    <message>
        <source>Pick an item in the link / confirm dialogs</source>
        <translation>Pumili ng item sa link / confirm dialog</translation>
    </message>
    <message>
        <source>Back to the packing station from another page</source>
        <translation>Bumalik sa packing station mula sa ibang page</translation>
    </message>
    <message>
        <source>History: search every scan and action, per-order timeline, CSV export</source>
        <translation>History: hanapin ang bawat scan at aksyon, timeline bawat order, CSV export</translation>
    </message>
    <message>
        <source>Stats: orders and items per hour per packer</source>
        <translation>Stats: mga order at item bawat oras bawat packer</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Settings ng station</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Hanapin ang mga order</translation>
    </message>
    <message>
        <source>Show one shop&apos;s orders (with several shops)</source>
        <translation>Ipakita ang order ng isang shop (kung marami ang shop)</translation>
    </message>
    <message>
        <source>Esc (in search)</source>
        <translation>Esc (sa search)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>I-clear ang search</translation>
    </message>
    <message>
        <source>Switch tab: To pack, Packed, Ready, DBS, Problems, All</source>
        <translation>Lumipat ng tab: To pack, Packed, Ready, DBS, Problems, All</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Susunod / nakaraang tab</translation>
    </message>
    <message>
        <source>Go to the orders list</source>
        <translation>Pumunta sa listahan ng order</translation>
    </message>
    <message>
        <source>Move in the orders list</source>
        <translation>Gumalaw sa listahan ng order</translation>
    </message>
    <message>
        <source>Select several orders for a batch action</source>
        <translation>Pumili ng ilang order para sa batch action</translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation>Enter (sa listahan)</translation>
    </message>
    <message>
        <source>Open the order (asks first while another is being packed)</source>
        <translation>Buksan ang order (magtatanong muna kung may ibang ipina-pack)</translation>
    </message>
    <message>
        <source>Sync with Lazada now</source>
        <translation>Mag-sync sa Lazada ngayon</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Ang overview na ito</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Umalis</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Mga keyboard shortcut</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Mga key</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksyon</translation>
    </message>
</context>
<context>
    <name>SkuChoiceDialog</name>
    <message>
        <source>Press the number, or ↑↓ and Enter. Esc cancels.</source>
        <extracomment>a second key within this time of the first is a scanner, not a person choosing a scan that arrived while the dialog was up (it closed unanswered)</extracomment>
        <translation>Pindutin ang numero, o ↑↓ at Enter. Esc para i-cancel.</translation>
    </message>
</context>
<context>
    <name>SoundStep</name>
    <message>
        <source>Every scan plays a sound: good, wrong item, parcel done. Play them and say whether you heard them; pick the speakers if not.</source>
        <translation>May tunog ang bawat scan: tama, maling item, tapos ang parcel. I-play at sabihin kung narinig mo; pumili ng speaker kung hindi.</translation>
    </message>
    <message>
        <source>P&amp;lay the three sounds</source>
        <translation>I-p&amp;lay ang tatlong tunog</translation>
    </message>
    <message>
        <source>&amp;Yes, I heard them</source>
        <translation>&amp;Oo, narinig ko</translation>
    </message>
    <message>
        <source>This PC has no sound output (no speakers or headphones found). The station works without sound: every scan flashes green or red. Plug in speakers and come back with Station → Set up this desk… to hear them.</source>
        <translation>Walang sound output ang PC na ito (walang speaker o headphone). Gumagana ang station kahit walang tunog: kumikislap ng berde o pula ang bawat scan. Magkabit ng speaker at bumalik sa Station → Set up this desk… para marinig ito.</translation>
    </message>
    <message>
        <source>Sound: no output device, colours only</source>
        <translation>Tunog: walang device, kulay lang</translation>
    </message>
    <message>
        <source>Playing: good… wrong item… parcel done. Did you hear all three?</source>
        <translation>Nagpe-play: tama… maling item… tapos ang parcel. Narinig mo ba ang tatlo?</translation>
    </message>
    <message>
        <source>Sound on, through “%1”.</source>
        <translation>Naka-on ang tunog, sa “%1”.</translation>
    </message>
    <message>
        <source>Sound: on (%1)</source>
        <translation>Tunog: naka-on (%1)</translation>
    </message>
    <message>
        <source>Check that the speakers are switched on and the volume is up, pick another output above and play again. Without sound the station still flashes green or red on every scan.</source>
        <translation>Tingnan kung naka-on ang speaker at malakas ang volume, pumili ng ibang output sa itaas at i-play ulit. Kahit walang tunog, kumikislap pa rin ng berde o pula ang station sa bawat scan.</translation>
    </message>
</context>
<context>
    <name>StationCore</name>
    <message>
        <source>The warehouse database cannot be reached: no new order is opened and nothing is sent to Lazada until it is back. Scans are kept.</source>
        <extracomment>How often a new simulated order arrives in the demo shop. Resume the interrupted order after the first sync, or after this long without one. How long shutdown waits for a running pack/label/RTS step to close its journal entry.</extracomment>
        <translation>Hindi maabot ang warehouse database: walang bagong order na mabubuksan at walang ipapadala sa Lazada hangga&apos;t hindi ito bumabalik. Naka-save pa rin ang mga scan.</translation>
    </message>
    <message>
        <source>The warehouse database is back.</source>
        <translation>Bumalik na ang warehouse database.</translation>
    </message>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>how long a background task may take to end after it was cancelled, per attempt the keyring the shop service uses (None: the OS keyring) the clients&apos; call budget from the settings; a bad value falls back to its default and the packer reads why at start-up (``housekeeping``) the orders (a window shown before the core passes the book it already shows) order claims across a warehouse&apos;s stations (None: SQLite, this PC is alone) who packs which order across the warehouse, for the orders list (None: SQLite) the product catalogue and the pick-list waves, in the journal&apos;s database: the warehouse&apos;s on PostgreSQL (every station scans against one catalogue). every shop connected since start (kept after shutdown: tests read the demo world) on a warehouse database: each shop&apos;s leader election and shared order book the shop service of the configured shops (None until one is needed) asks the packer for a shipment provider; without one the saved choice is used every sync state change of every shop (the window&apos;s sync indicator) False while the warehouse database is away (always True on SQLite) told True/False when the warehouse database comes back / goes away (the window&apos;s banner); while there is none, ``on_notice`` gets the text instead something the packer should read (a failed resume); the window shows it start-up recovery ran: scans and batches may write from now on</extracomment>
        <translation>Hindi nakakonekta ang shop %1 sa station na ito.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Hindi ma-save ang settings: %1</translation>
    </message>
    <message>
        <source>History could not be cleaned up: %1</source>
        <translation>Hindi malinis ang history: %1</translation>
    </message>
    <message>
        <source>Order %1 was taken over by another station: put it aside and scan CANCEL.</source>
        <translation>Kinuha na ng ibang station ang order %1: itabi ito at i-scan ang CANCEL.</translation>
    </message>
    <message>
        <source>Could not resume the last order: %1</source>
        <translation>Hindi maituloy ang huling order: %1</translation>
    </message>
</context>
<context>
    <name>StationLabels</name>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>The label cache and print ledger of one shop (the core gives each shop its own folder). called with the job name right before a job goes to the sink (benchmarks, UI) called with the job name once a shop&apos;s job was printed and counted</extracomment>
        <translation>Hindi nakakonekta ang shop %1 sa station na ito.</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>Walang napiling printer para sa label.</translation>
    </message>
    <message>
        <source>Set a label printer in Settings, or print with the dialog.</source>
        <translation>Mag-set ng label printer sa Settings, o mag-print gamit ang dialog.</translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <source>Done / next step</source>
        <extracomment>the station&apos;s own session can reprint its label itself from these states</extracomment>
        <translation>Tapos / susunod na hakbang</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>I-undo ang huling scan</translation>
    </message>
    <message>
        <source>Cancel order (Esc in the scan field)</source>
        <translation>I-cancel ang order (Esc sa scan field)</translation>
    </message>
    <message>
        <source>Confirm item without barcode</source>
        <translation>Kumpirmahin ang item nang walang barcode</translation>
    </message>
    <message>
        <source>Pack verified items only</source>
        <translation>I-pack lang ang na-check</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>I-reprint ang label</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Preview ng label</translation>
    </message>
    <message>
        <source>Repack (void label)…</source>
        <translation>I-repack (i-void ang label)…</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship selected orders</source>
        <translation>I-pack &amp;&amp; i-ship ang mga napiling order</translation>
    </message>
    <message>
        <source>Deliver digital items of selected orders…</source>
        <translation>Ihatid ang digital items ng mga napiling order…</translation>
    </message>
    <message>
        <source>Pick list…</source>
        <translation>Pick list…</translation>
    </message>
    <message>
        <source>Save labels as PDF (no printer)</source>
        <translation>I-save ang mga label bilang PDF (walang printer)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Shops…</source>
        <translation>Mga shop…</translation>
    </message>
    <message>
        <source>Product catalogue…</source>
        <translation>Product catalogue…</translation>
    </message>
    <message>
        <source>Set up this desk…</source>
        <translation>I-set up ang desk na ito…</translation>
    </message>
    <message>
        <source>Print command sheet…</source>
        <translation>I-print ang command sheet…</translation>
    </message>
    <message>
        <source>None of the selected orders has digital items to deliver.</source>
        <translation>Walang digital item na ihahatid sa mga napiling order.</translation>
    </message>
    <message>
        <source>Delivered ✓ — scan the next order</source>
        <translation>Naihatid ✓ — i-scan ang susunod na order</translation>
    </message>
    <message>
        <source>Delivery failed — recorded with Lazada; scan the next order</source>
        <translation>Bigong hatid — naitala sa Lazada; i-scan ang susunod na order</translation>
    </message>
    <message>
        <source>Digital items delivered ✓ — scan the next order</source>
        <translation>Na-deliver ang digital items ✓ — i-scan ang susunod na order</translation>
    </message>
    <message>
        <source>This order has no label to print.</source>
        <translation>Walang label na ipi-print ang order na ito.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Kinansela ang pag-print.</translation>
    </message>
    <message numerus="yes">
        <source>Label printed (%n page(s)).</source>
        <translation>
            <numerusform>Na-print ang label (%n pahina).</numerusform>
            <numerusform>Na-print ang label (%n pahina).</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels are now saved as PDF files.</source>
        <translation>Sine-save na ngayon ang mga label bilang PDF file.</translation>
    </message>
    <message>
        <source>Labels are now sent to the printer.</source>
        <translation>Ipinapadala na ngayon sa printer ang mga label.</translation>
    </message>
    <message>
        <source>This order has no package label yet.</source>
        <translation>Wala pang package label ang order na ito.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Mga command</translation>
    </message>
    <message>
        <source>Command sheet</source>
        <translation>Command sheet</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Na-save ang settings.</translation>
    </message>
    <message>
        <source>Language changed. Menus and tab names change when lazpack starts again.</source>
        <translation>Napalitan ang wika. Magbabago ang menu at pangalan ng tab pagbukas ulit ng lazpack.</translation>
    </message>
    <message>
        <source>Shops cannot be managed here: the system keyring is not available.</source>
        <translation>Hindi ma-manage dito ang mga shop: walang system keyring.</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Mga shop</translation>
    </message>
    <message>
        <source>Shops changed — restart lazpack to open or close their orders.</source>
        <translation>Nagbago ang mga shop — i-restart ang lazpack para mabuksan o maisara ang mga order nila.</translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation>Mga shop: %1</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Disconnected: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n d)</source>
        <translation>
            <numerusform>%1 (%n araw)</numerusform>
            <numerusform>%1 (%n araw)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-authorize soon: %1</source>
        <translation>I-authorize ulit sa lalong madaling panahon: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) connected</source>
        <translation>
            <numerusform>%n shop ang nakakonekta</numerusform>
            <numerusform>%n shop ang nakakonekta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>This day</source>
        <extracomment>(label, days ending on the chosen day)</extracomment>
        <translation>Araw na ito</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Huling 30 araw</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Longest retention the setting offers: ten years.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sa %3)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Mga order</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Mga item</translation>
    </message>
    <message>
        <source>Orders / hour</source>
        <translation>Order / oras</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>Item / oras</translation>
    </message>
    <message>
        <source>Wrong-scan rate</source>
        <translation>Rate ng maling scan</translation>
    </message>
    <message>
        <source>Median per order</source>
        <translation>Median bawat order</translation>
    </message>
    <message>
        <source>(no packer logged in)</source>
        <translation>(walang naka-log in na packer)</translation>
    </message>
    <message>
        <source>%1 orders over %2 hours with at least one packed order</source>
        <translation>%1 order sa %2 oras na may kahit isang na-pack na order</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>(hours shown, {packer: orders per hour}) of the last plot — what the bars say.</extracomment>
        <translation>(wala)</translation>
    </message>
    <message>
        <source>No orders packed on %1</source>
        <translation>Walang na-pack na order noong %1</translation>
    </message>
    <message>
        <source>Orders packed per hour — %1</source>
        <translation>Mga order na na-pack bawat oras — %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved. History older than %n day(s) is removed at start-up.</source>
        <translation>
            <numerusform>Na-save. Buburahin sa pag-start ang history na mas luma sa %n araw.</numerusform>
            <numerusform>Na-save. Buburahin sa pag-start ang history na mas luma sa %n araw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s)</source>
        <translation>
            <numerusform>%n packer</numerusform>
            <numerusform>%n packer</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <extracomment>Emitted after every finished refresh (the number of packer-day rows).</extracomment>
        <translation>◀ Nakaraang araw</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Susunod na araw ▶</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Ngay&amp;on</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Araw:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Ipakita:</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>Na-pack na order</translation>
    </message>
    <message>
        <source>Items packed</source>
        <translation>Na-pack na item</translation>
    </message>
    <message>
        <source>Orders / hour (station)</source>
        <translation>Order / oras (station)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Nagbibilang…</translation>
    </message>
    <message>
        <source>%1: %2, %3 by %4.</source>
        <translation>%1: %2, %3 ng %4.</translation>
    </message>
    <message>
        <source>Nothing was packed on %1.</source>
        <translation>Walang na-pack noong %1.</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Unknown packing step %1; use one of %2.</source>
        <translation>Hindi kilalang packing step %1; gamitin ang isa sa %2.</translation>
    </message>
</context>
<context>
    <name>Stickers</name>
    <message>
        <source>Unknown sticker size %1.</source>
        <extracomment>name -&gt; (width, height) in mm: the sticker rolls sellers use. One module = 2 dots at 203 dpi.</extracomment>
        <translation>Hindi kilala ang sticker size na %1.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Pumili ng isa sa: %1.</translation>
    </message>
    <message>
        <source>No stickers to print: give each SKU a quantity.</source>
        <translation>Walang sticker na ipi-print: lagyan ng quantity ang bawat SKU.</translation>
    </message>
    <message>
        <source>%1 stickers at once is too many (at most %2).</source>
        <translation>Sobrang dami ng %1 sticker nang sabay-sabay (hanggang %2 lang).</translation>
    </message>
    <message>
        <source>SKU %1 cannot be a Code128 barcode (only ASCII letters, digits, signs).</source>
        <translation>Hindi puwedeng Code128 barcode ang SKU %1 (ASCII letters, numero at simbolo lang).</translation>
    </message>
    <message>
        <source>Give it an EAN in the catalogue, or rename the seller SKU.</source>
        <translation>Lagyan ito ng EAN sa catalogue, o palitan ang seller SKU.</translation>
    </message>
    <message>
        <source>No sticker printer is saved.</source>
        <translation>Walang naka-save na sticker printer.</translation>
    </message>
    <message>
        <source>Choose one in the Stickers dialog first.</source>
        <translation>Pumili muna ng isa sa Stickers dialog.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>%1 cannot sync this shop: %2</source>
        <extracomment>GetMultipleOrderItems takes at most 50 order ids per call (lazada-api.md §3.3). Re-read this much before the newest ``updated_at`` seen: clocks and commits are not exact. on a warehouse database: the station that syncs this shop with Lazada (&quot;&quot; alone) this station is that leader (it talks to Lazada for the shop) the orders the last full sync found open (None: no full sync yet)</extracomment>
        <translation>Hindi ma-sync ng %1 ang shop na ito: %2</translation>
    </message>
    <message>
        <source>no answer from Lazada</source>
        <translation>walang sagot mula sa Lazada</translation>
    </message>
    <message>
        <source>Internal error while syncing orders.</source>
        <translation>Internal error habang nagsi-sync ng order.</translation>
    </message>
    <message>
        <source>The details are in the log; syncing keeps trying.</source>
        <translation>Nasa log ang detalye; tuloy ang pag-sync.</translation>
    </message>
</context>
<context>
    <name>TestLabel</name>
    <message>
        <source>lazpack test label</source>
        <extracomment>what the test label&apos;s barcode reads the space the words may take across the label (from the rulers inwards)</extracomment>
        <translation>lazpack test label</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sa %1</translation>
    </message>
    <message>
        <source>Whole: the frame is closed and</source>
        <translation>Buo: sarado ang frame at</translation>
    </message>
    <message>
        <source>every ruler starts at 0 at its corner.</source>
        <translation>nagsisimula sa 0 ang bawat ruler sa kanto nito.</translation>
    </message>
    <message>
        <source>From 0 to %1 the bottom ruler measures %1 mm.</source>
        <translation>Mula 0 hanggang %1, %1 mm ang sukat ng ruler sa ibaba.</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Packing video is off: QtMultimedia is missing (%1).</source>
        <translation>Naka-off ang packing video: walang QtMultimedia (%1).</translation>
    </message>
    <message>
        <source>Packing video is off: this PC has no video encoder for MKV files.</source>
        <extracomment>how long closing the station waits for the encoder to finish the open clip&apos;s file the journal event of a finished clip kinds that put an item into the parcel: the overlay&apos;s &quot;last scanned item&quot; changes a warning when the disk holds less than this many minutes of recording a rough size of one minute of 720p MPEG-4 at 15 fps, for the low-disk warning before the first clip measured the real rate recording started or stopped (the preview&apos;s REC) a clip&apos;s file is closed and has its final name (``FinishedClip``) each finished clip is an ``event=&quot;video&quot;`` line of its order&apos;s timeline the order whose clip ended because it was done (its later scans start nothing) clip file names retention must not delete now (an evidence export copying them) the pack view&apos;s preview (``install_video`` puts it there) the order panel&apos;s &quot;Video (0:42)&quot; and &quot;Export evidence…&quot; buttons (``install_video``) set when the last closing clip&apos;s file is closed (``aclose`` waits for it)</extracomment>
        <translation>Naka-off ang packing video: walang video encoder ang PC na ito para sa MKV files.</translation>
    </message>
    <message>
        <source>This station records every order and the camera is not working: plug it in (or untick &apos;Open no order while the camera is not working&apos; in Settings), then scan the order again.</source>
        <translation>Nire-record ng station na ito ang bawat order at hindi gumagana ang camera: isaksak ito (o i-untick ang &apos;Huwag magbukas ng order habang hindi gumagana ang camera&apos; sa Settings), saka i-scan ulit ang order.</translation>
    </message>
    <message>
        <source>No video for this order: the camera is not available.</source>
        <translation>Walang video ang order na ito: hindi available ang camera.</translation>
    </message>
    <message>
        <source>Packing order %1</source>
        <translation>Pag-pack ng order %1</translation>
    </message>
    <message>
        <source>Video of order %1 stopped: nothing was scanned for %2 minutes.</source>
        <translation>Huminto ang video ng order %1: walang na-scan nang %2 minuto.</translation>
    </message>
    <message>
        <source>The video of order %1 could not be written: %2</source>
        <translation>Hindi maisulat ang video ng order %1: %2</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>Video (%1)</translation>
    </message>
    <message>
        <source>The video of order %1 is saved but not in the journal: %2</source>
        <translation>Na-save ang video ng order %1 pero wala sa journal: %2</translation>
    </message>
    <message>
        <source>Old videos could not be deleted: %1</source>
        <translation>Hindi ma-delete ang mga lumang video: %1</translation>
    </message>
    <message>
        <source>The video disk is almost full (%1 MB free). Lower the video disk budget or free space.</source>
        <translation>Halos puno na ang video disk (%1 MB na lang ang libre). Babaan ang disk budget ng video o magbakante ng space.</translation>
    </message>
    <message>
        <source>the recorder failed</source>
        <extracomment>preview updates per second the preview thumbnail&apos;s height in pixels the recorder failed (the text says why); ``stop()`` then closes what was written</extracomment>
        <translation>nag-fail ang recorder</translation>
    </message>
    <message>
        <source>NO CAMERA</source>
        <extracomment>the clip&apos;s frame (may be null), the preview (may be null), the clip it was painted for a downscaled picture for the preview, a few times a second</extracomment>
        <translation>WALANG CAMERA</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>what the current clip&apos;s frames say (``None``: no overlay)</extracomment>
        <translation>Order</translation>
    </message>
    <message>
        <source>AWB</source>
        <translation>AWB</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>lazpack test camera</source>
        <extracomment>the source works again (a camera plugged back in)</extracomment>
        <translation>test camera ng lazpack</translation>
    </message>
    <message>
        <source>test camera</source>
        <translation>test camera</translation>
    </message>
    <message>
        <source>Test camera (moving test pattern)</source>
        <translation>Test camera (gumagalaw na test pattern)</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <source>No camera: the packing camera is not plugged in. Packing goes on without video.</source>
        <translation>Walang camera: hindi nakasaksak ang packing camera. Tuloy ang pag-pack nang walang video.</translation>
    </message>
    <message>
        <source>Camera problem (%1): %2. Packing goes on without video.</source>
        <translation>May problema ang camera (%1): %2. Tuloy ang pag-pack nang walang video.</translation>
    </message>
    <message>
        <source>Camera %1 was unplugged. Packing goes on without video.</source>
        <translation>Na-unplug ang camera %1. Tuloy ang pag-pack nang walang video.</translation>
    </message>
</context>
<context>
    <name>VideoButton</name>
    <message>
        <source>Video (%1)</source>
        <extracomment>whether the order shown has a clip (the export button follows it) (shop, order id) -&gt; its latest clip</extracomment>
        <translation>Video (%1)</translation>
    </message>
    <message>
        <source>No video player could open %1; the file is in %2.</source>
        <translation>Walang video player na makapagbukas ng %1; nasa %2 ang file.</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>I-export ang ebidensya…</translation>
    </message>
    <message>
        <source>Export evidence to</source>
        <translation>I-export ang ebidensya sa</translation>
    </message>
    <message>
        <source>The evidence export failed.</source>
        <translation>Nag-fail ang pag-export ng ebidensya.</translation>
    </message>
    <message>
        <source>Evidence written to %1.</source>
        <translation>Naisulat ang ebidensya sa %1.</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>● REC %1</source>
        <translation>● REC %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Camera: %1</translation>
    </message>
</context>
<context>
    <name>VideoSettings</name>
    <message>
        <source>Packing video</source>
        <translation>Packing video</translation>
    </message>
    <message>
        <source>Record a video of every order packed</source>
        <translation>I-record ang video ng bawat order na ini-pack</translation>
    </message>
    <message>
        <source>Open no order while the camera is not working</source>
        <translation>Huwag magbukas ng order habang hindi gumagana ang camera</translation>
    </message>
    <message>
        <source>The PC&apos;s default camera</source>
        <translation>Default camera ng PC</translation>
    </message>
    <message>
        <source>Camera not connected (%1)</source>
        <translation>Hindi nakakonekta ang camera (%1)</translation>
    </message>
    <message>
        <source>empty: the station&apos;s data folder (videos)</source>
        <translation>blangko: data folder ng station (videos)</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source> days</source>
        <translation> araw</translation>
    </message>
    <message>
        <source>keep all</source>
        <translation>itago lahat</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>walang limit</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Frame rate</translation>
    </message>
    <message>
        <source>Delete videos older than</source>
        <translation>I-delete ang video na mas luma sa</translation>
    </message>
    <message>
        <source>Disk budget</source>
        <translation>Disk budget</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>That is not a warehouse key (it should be 43 letters, digits, - and _).</source>
        <translation>Hindi iyan warehouse key (dapat 43 na letra, numero, - at _).</translation>
    </message>
    <message>
        <source>Copy it again from Settings → Warehouse on a station that is already set up.</source>
        <translation>Kopyahin ulit mula sa Settings → Warehouse sa station na naka-set up na.</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@server:5432/database (the password goes in its own field).</source>
        <extracomment>query parameters that carry a password: kept out of the settings file query parameters lazpack does not keep (secrets or secret files): refused with a message</extracomment>
        <translation>Isulat bilang postgresql://user@server:5432/database (sa sariling field ang password).</translation>
    </message>
    <message>
        <source>That is not a database address lazpack can read.</source>
        <translation>Hindi mabasa ng lazpack ang database address na iyan.</translation>
    </message>
    <message>
        <source>The warehouse database address must start with postgresql://.</source>
        <translation>Dapat magsimula sa postgresql:// ang address ng warehouse database.</translation>
    </message>
    <message>
        <source>The address names no database (…/database at its end).</source>
        <translation>Walang pangalan ng database ang address (…/database sa dulo).</translation>
    </message>
    <message>
        <source>lazpack does not keep the setting %1 of the address; put it in the PostgreSQL service or password file of this PC instead.</source>
        <translation>Hindi sine-save ng lazpack ang setting na %1 ng address; ilagay ito sa PostgreSQL service o password file ng PC na ito.</translation>
    </message>
    <message>
        <source>Open Settings → Warehouse → Join this warehouse on this station and type the key shown on a station that is already set up (Settings → Warehouse → Show warehouse key).</source>
        <translation>Buksan ang Settings → Warehouse → Sumali sa warehouse na ito sa station na ito at i-type ang key na ipinapakita sa station na naka-set up na (Settings → Warehouse → Ipakita ang warehouse key).</translation>
    </message>
    <message>
        <source>This station has not joined the warehouse yet, so it cannot open the warehouse&apos;s shops.</source>
        <translation>Hindi pa sumasali sa warehouse ang station na ito, kaya hindi nito mabuksan ang mga shop ng warehouse.</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key is not the key of this warehouse&apos;s database.</source>
        <translation>Hindi ang key ng database ng warehouse na ito ang warehouse key ng station na ito.</translation>
    </message>
    <message>
        <source>This station has no warehouse key to show.</source>
        <extracomment>Connects once to the address and reports what it holds (changes nothing). ``(address, key_id)``: sets a new database up, records the key&apos;s fingerprint unless one is recorded, returns the one recorded. the database this station runs on now (without its password); &quot;&quot; = its own journal</extracomment>
        <translation>Walang warehouse key na maipapakita ang station na ito.</translation>
    </message>
    <message>
        <source>Enter the address of the warehouse database first.</source>
        <translation>Ilagay muna ang address ng warehouse database.</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2).</source>
        <translation>Connected sa %1 (PostgreSQL %2).</translation>
    </message>
    <message>
        <source>The database is empty; lazpack sets it up at the next start.</source>
        <translation>Walang laman ang database; ise-set up ito ng lazpack sa susunod na start.</translation>
    </message>
    <message>
        <source>No warehouse key yet: the first shop authorized on a station of this warehouse creates it.</source>
        <translation>Wala pang warehouse key: ang unang shop na i-authorize sa isang station ng warehouse na ito ang gagawa nito.</translation>
    </message>
    <message>
        <source>This station has the warehouse key.</source>
        <translation>May warehouse key ang station na ito.</translation>
    </message>
    <message>
        <source>This station holds a different warehouse key: join again with this warehouse&apos;s key.</source>
        <translation>Ibang warehouse key ang hawak ng station na ito: sumali ulit gamit ang key ng warehouse na ito.</translation>
    </message>
    <message>
        <source>This station has not joined yet: Join this warehouse with the key shown on a station that is already set up.</source>
        <translation>Hindi pa sumasali ang station na ito: Sumali sa warehouse na ito gamit ang key na ipinapakita sa station na naka-set up na.</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) in this warehouse.</source>
        <translation>
            <numerusform>%n shop sa warehouse na ito.</numerusform>
            <numerusform>%n shop sa warehouse na ito.</numerusform>
        </translation>
    </message>
    <message>
        <source>That key is not this warehouse&apos;s key: its database was set up with another one.</source>
        <translation>Hindi iyan ang key ng warehouse na ito: ibang key ang ginamit sa database nito.</translation>
    </message>
    <message>
        <source>Copy the key again from Settings → Warehouse → Show warehouse key on a station of this warehouse, and check the database address.</source>
        <translation>Kopyahin ulit ang key mula sa Settings → Warehouse → Ipakita ang warehouse key sa isang station ng warehouse na ito, at i-check ang database address.</translation>
    </message>
    <message>
        <source>This station has joined the warehouse. Its shops open here from the next start.</source>
        <translation>Sumali na sa warehouse ang station na ito. Bubukas dito ang mga shop nito simula sa susunod na start.</translation>
    </message>
    <message>
        <source>Saved: this station uses its own journal from the next start.</source>
        <translation>Na-save: sariling journal ang gagamitin ng station na ito simula sa susunod na start.</translation>
    </message>
    <message>
        <source>Saved: this station uses the warehouse database from the next start.</source>
        <translation>Na-save: ang warehouse database ang gagamitin ng station na ito simula sa susunod na start.</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key does not match the one the shop&apos;s secrets were sealed with.</source>
        <translation>Hindi tugma ang warehouse key ng station na ito sa key na nag-seal ng mga secret ng shop.</translation>
    </message>
    <message>
        <source>Settings → Warehouse → Join this warehouse, with the key shown on a station that is already set up.</source>
        <translation>Settings → Warehouse → Sumali sa warehouse na ito, gamit ang key na ipinapakita sa station na naka-set up na.</translation>
    </message>
    <message>
        <source>The shop secrets of %1 in the warehouse database fail their integrity check (altered or copied from another shop).</source>
        <translation>Bumagsak sa integrity check ang mga secret ng shop %1 sa warehouse database (binago o kinopya mula sa ibang shop).</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>I-authorize ulit ang shop sa isang station.</translation>
    </message>
    <message>
        <source>The warehouse database %1 cannot be reached (%2).</source>
        <extracomment>the ``shared_settings`` row holding the warehouse key&apos;s fingerprint what keeps a connection from being made (ValueError: an address asyncpg cannot use)</extracomment>
        <translation>Hindi maabot ang warehouse database %1 (%2).</translation>
    </message>
    <message>
        <source>Check the address, the user and the password, and that the PostgreSQL server is running and accepts connections from this PC.</source>
        <translation>I-check ang address, user at password, at kung tumatakbo ang PostgreSQL server at tumatanggap ng connection mula sa PC na ito.</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <source>Warehouse key</source>
        <translation>Warehouse key</translation>
    </message>
    <message>
        <source>Type this key at the station that joins (Settings → Warehouse → Join this warehouse). Anyone with it and the database can read the shops&apos; secrets: do not send it by e-mail or chat, and close this box when done.</source>
        <translation>I-type ang key na ito sa station na sasali (Settings → Warehouse → Sumali sa warehouse na ito). Sinumang may key na ito at ang database ay mababasa ang mga secret ng shop: huwag ipadala sa e-mail o chat, at isara ang box na ito pagkatapos.</translation>
    </message>
    <message>
        <source>Join this warehouse</source>
        <translation>Sumali sa warehouse na ito</translation>
    </message>
    <message>
        <source>On a station that is already set up, open Settings → Warehouse → Show warehouse key, and type the key here (spaces do not matter).</source>
        <translation>Sa station na naka-set up na, buksan ang Settings → Warehouse → Ipakita ang warehouse key, at i-type dito ang key (hindi mahalaga ang mga space).</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <extracomment>what was typed, taken out of the field as the box closes</extracomment>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Stations of one warehouse share a PostgreSQL database: each order is packed at one station, each shop is synced by one and authorized once for all. Leave the address empty to keep this PC&apos;s own journal.</source>
        <translation>Iisang PostgreSQL database ang gamit ng mga station ng isang warehouse: bawat order ay ini-pack sa isang station, bawat shop ay sini-sync ng isa at ina-authorize nang isang beses para sa lahat. Iwanang blangko ang address para sa sariling journal ng PC na ito.</translation>
    </message>
    <message>
        <source>saved in the keyring</source>
        <translation>naka-save sa keyring</translation>
    </message>
    <message>
        <source>the database user&apos;s password</source>
        <translation>password ng database user</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>I-&amp;test ang connection</translation>
    </message>
    <message>
        <source>This station runs on %1 now.</source>
        <translation>Tumatakbo ngayon ang station na ito sa %1.</translation>
    </message>
    <message>
        <source>This station runs on this PC&apos;s own journal now.</source>
        <translation>Gamit ngayon ng station na ito ang sariling journal ng PC na ito.</translation>
    </message>
    <message>
        <source>A new address applies at the next start of lazpack. The password is kept in this PC&apos;s keyring, never in the settings file.</source>
        <translation>Magagamit ang bagong address sa susunod na start ng lazpack. Nasa keyring ng PC na ito ang password, hindi kailanman sa settings file.</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Database address</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Show warehouse key…</source>
        <translation>&amp;Ipakita ang warehouse key…</translation>
    </message>
    <message>
        <source>&amp;Join this warehouse…</source>
        <translation>&amp;Sumali sa warehouse na ito…</translation>
    </message>
    <message>
        <source>This station has no warehouse key. Join this warehouse with the key shown on a station that is already set up; the first station of a new warehouse creates the key when it authorizes a shop.</source>
        <translation>Walang warehouse key ang station na ito. Sumali sa warehouse na ito gamit ang key na ipinapakita sa station na naka-set up na; ang unang station ng bagong warehouse ang gagawa ng key kapag nag-authorize ito ng shop.</translation>
    </message>
    <message>
        <source>This station has the warehouse key (fingerprint %1).</source>
        <translation>May warehouse key ang station na ito (fingerprint %1).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kumokonekta…</translation>
    </message>
    <message>
        <source>Show the warehouse key?</source>
        <translation>Ipakita ang warehouse key?</translation>
    </message>
    <message>
        <source>The warehouse key unlocks the secrets of every shop of this warehouse. Show it only to type it at a station that joins, with nobody else looking.</source>
        <translation>Nabubuksan ng warehouse key ang mga secret ng bawat shop ng warehouse na ito. Ipakita lang para i-type sa station na sasali, nang walang ibang nakatingin.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Chine-check ang key…</translation>
    </message>
</context>
<context>
    <name>WarehouseTokens</name>
    <message>
        <source>The renewed tokens are kept on this station until the warehouse database is back.</source>
        <extracomment>A rotated pair Lazada gave us that the database has not stored yet.</extracomment>
        <translation>Nasa station na ito ang mga na-renew na token hanggang bumalik ang warehouse database.</translation>
    </message>
    <message>
        <source>Connected (shared by the warehouse)</source>
        <translation>Connected (shared sa warehouse)</translation>
    </message>
    <message>
        <source>Shop %1 is not authorized in this warehouse; authorize it on one station.</source>
        <translation>Hindi pa naka-authorize ang shop %1 sa warehouse na ito; i-authorize ito sa isang station.</translation>
    </message>
    <message>
        <source>Shop %1 has no tokens to refresh.</source>
        <translation>Walang token na ire-refresh ang shop %1.</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1; authorize it again on one station.</source>
        <translation>Hindi na tinatanggap ng Lazada ang authorization ng shop %1; i-authorize ito ulit sa isang station.</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <source>⚠ The warehouse database cannot be reached (since %1). Scans are kept, but no new order can be opened or claimed, and the open order&apos;s Lazada steps wait until the database is back. Reconnecting…</source>
        <extracomment>(background, text): a red that cannot be mistaken for the amber DEMO bar the &quot;Packing at&quot; column&apos;s first width: &quot;Station 12 · Ana · 40 s ago&quot; whole how long &quot;the warehouse database is back&quot; stays in the status bar</extracomment>
        <translation>⚠ Hindi maabot ang warehouse database (mula %1). Naka-save pa rin ang mga scan, pero walang bagong order na mabubuksan o makukuha, at maghihintay ang mga Lazada step ng bukas na order hanggang bumalik ang database. Kumokonekta ulit…</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>no order open</source>
        <translation>walang bukas na order</translation>
    </message>
    <message>
        <source>order open</source>
        <translation>bukas ang order</translation>
    </message>
    <message>
        <source>verifying items</source>
        <translation>chine-check ang mga item</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>na-check lahat ng item</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>naka-pack</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>na-print ang label</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>ready to ship</translation>
    </message>
    <message>
        <source>open an order</source>
        <translation>magbukas ng order</translation>
    </message>
    <message>
        <source>verify an item</source>
        <translation>mag-check ng item</translation>
    </message>
    <message>
        <source>finish verifying</source>
        <translation>tapusin ang pag-check</translation>
    </message>
    <message>
        <source>undo a scan</source>
        <translation>mag-undo ng scan</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>mag-pack</translation>
    </message>
    <message>
        <source>pack the verified items only</source>
        <translation>i-pack lang ang na-check</translation>
    </message>
    <message>
        <source>use the existing label</source>
        <translation>gamitin ang kasalukuyang label</translation>
    </message>
    <message>
        <source>print the label</source>
        <translation>i-print ang label</translation>
    </message>
    <message>
        <source>confirm the label</source>
        <translation>kumpirmahin ang label</translation>
    </message>
    <message>
        <source>mark ready to ship</source>
        <translation>i-ready to ship</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>mag-repack</translation>
    </message>
    <message>
        <source>cancel the order</source>
        <translation>i-cancel ang order</translation>
    </message>
    <message>
        <source>close the order</source>
        <translation>isara ang order</translation>
    </message>
    <message>
        <source>Lazada already has this order packed: repack it, or close it.</source>
        <extracomment>(state, event) -&gt; next state. Everything else is illegal.</extracomment>
        <translation>Naka-pack na sa Lazada ang order na ito: i-repack ito, o isara.</translation>
    </message>
    <message>
        <source>Cannot %1 while the order is %2.</source>
        <translation>Hindi puwedeng %1 habang %2 ang order.</translation>
    </message>
    <message>
        <source>Scan an order number, tracking number or package id.</source>
        <extracomment>States in which the packer is still scanning the order&apos;s items.</extracomment>
        <translation>I-scan ang order number, tracking number o package id.</translation>
    </message>
    <message>
        <source>Scan DONE to try again, or CANCEL.</source>
        <translation>I-scan ang DONE para subukan ulit, o CANCEL.</translation>
    </message>
    <message>
        <source>Working on it — please wait.</source>
        <translation>Ginagawa na — sandali lang.</translation>
    </message>
    <message>
        <source>Scan the label on the parcel to confirm it.</source>
        <translation>I-scan ang label sa parcel para kumpirmahin.</translation>
    </message>
    <message>
        <source>Scan DONE to pack.</source>
        <translation>I-scan ang DONE para i-pack.</translation>
    </message>
    <message>
        <source>Scan DONE to print the label.</source>
        <translation>I-scan ang DONE para i-print ang label.</translation>
    </message>
    <message>
        <source>Scan DONE to mark ready to ship.</source>
        <translation>I-scan ang DONE para i-ready to ship.</translation>
    </message>
    <message>
        <source>Put the parcel aside and scan the next order.</source>
        <translation>Itabi ang parcel at i-scan ang susunod na order.</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1 — %2 (%3 left); %n more SKU(s) missing.</source>
        <translation>
            <numerusform>I-scan ang %1 — %2 (%3 pa); %n pang SKU ang kulang.</numerusform>
            <numerusform>I-scan ang %1 — %2 (%3 pa); %n pang SKU ang kulang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan %1 — %2 (%3 left).</source>
        <translation>I-scan ang %1 — %2 (%3 pa).</translation>
    </message>
</context>
</TS>
