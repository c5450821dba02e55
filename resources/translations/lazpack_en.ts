<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchOutcomeDialog</name>
    <message numerus="yes">
        <source>%n failed row(s) can be retried.</source>
        <translation>
            <numerusform>%n failed row can be retried.</numerusform>
            <numerusform>%n failed rows can be retried.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n row(s)…</source>
        <translation>
            <numerusform>Retrying %n row…</numerusform>
            <numerusform>Retrying %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPacker</name>
    <message numerus="yes">
        <source>%n digital item(s) delivered.</source>
        <translation>
            <numerusform>%n digital item delivered.</numerusform>
            <numerusform>%n digital items delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DbsDeliveryDialog</name>
    <message numerus="yes">
        <source>%n package(s) delivered by your own fleet:</source>
        <translation>
            <numerusform>%n package delivered by your own fleet:</numerusform>
            <numerusform>%n packages delivered by your own fleet:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  —  order %2  —  %n unit(s)</source>
        <translation>
            <numerusform>%1  —  order %2  —  %n unit</numerusform>
            <numerusform>%1  —  order %2  —  %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliverySlip</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n SKU</numerusform>
            <numerusform>%n SKUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FulfilmentDialogs</name>
    <message numerus="yes">
        <source>Mark %n digital item(s) of %1 as delivered at Lazada?
Send the codes or vouchers to the buyers first.</source>
        <translation>
            <numerusform>Mark %n digital item of %1 as delivered at Lazada?
Send the codes or vouchers to the buyers first.</numerusform>
            <numerusform>Mark %n digital items of %1 as delivered at Lazada?
Send the codes or vouchers to the buyers first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — only the %n most recent orders are shown; narrow the search or the dates to see older ones</source>
        <translation>
            <numerusform> — only the %n most recent orders are shown; narrow the search or the dates to see older ones</numerusform>
            <numerusform> — only the %n most recent orders are shown; narrow the search or the dates to see older ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s) %1</source>
        <translation>
            <numerusform>%n packer %1</numerusform>
            <numerusform>%n packers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) %1</source>
        <translation>
            <numerusform>%n station %1</numerusform>
            <numerusform>%n stations %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong scan(s)</source>
        <translation>
            <numerusform>%n wrong scan</numerusform>
            <numerusform>%n wrong scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item scan(s)</source>
        <translation>
            <numerusform>%n item scan</numerusform>
            <numerusform>%n item scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a known outcome</source>
        <translation>
            <numerusform>%n without a known outcome</numerusform>
            <numerusform>%n without a known outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>Exported %n line to %1.</numerusform>
            <numerusform>Exported %n lines to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderPipeline</name>
    <message numerus="yes">
        <source> %n item(s) stay pending.</source>
        <translation>
            <numerusform> %n item stay pending.</numerusform>
            <numerusform> %n items stay pending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackBatchDialog</name>
    <message numerus="yes">
        <source>%1 %n can be retried (R).</source>
        <translation>
            <numerusform>%1 %n can be retried (R).</numerusform>
            <numerusform>%1 %n can be retried (R).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n order(s)…</source>
        <translation>
            <numerusform>Retrying %n order…</numerusform>
            <numerusform>Retrying %n orders…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackContext</name>
    <message numerus="yes">
        <source>Lazada&apos;s answer leaves out %n of its items</source>
        <translation>
            <numerusform>Lazada&apos;s answer leaves out %n of its items</numerusform>
            <numerusform>Lazada&apos;s answer leaves out %n of its items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message numerus="yes">
        <source>Packing and shipping %n order(s)…</source>
        <translation>
            <numerusform>Packing and shipping %n order…</numerusform>
            <numerusform>Packing and shipping %n orders…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackersStep</name>
    <message numerus="yes">
        <source>Cards for %n packer(s) are ready to print.</source>
        <translation>
            <numerusform>Cards for %n packer are ready to print.</numerusform>
            <numerusform>Cards for %n packers are ready to print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackingService</name>
    <message numerus="yes">
        <source>%n item(s) still missing. Scan them, confirm them manually, or scan PARTIAL to pack only the verified ones.</source>
        <translation>
            <numerusform>%n item still missing. Scan them, confirm them manually, or scan PARTIAL to pack only the verified ones.</numerusform>
            <numerusform>%n items still missing. Scan them, confirm them manually, or scan PARTIAL to pack only the verified ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopStep</name>
    <message numerus="yes">
        <source>Connected now: %n shop(s).</source>
        <translation>
            <numerusform>Connected now: %n shop.</numerusform>
            <numerusform>Connected now: %n shops.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopTokenProvider</name>
    <message numerus="yes">
        <source>Re-authorize this shop within %n day(s).</source>
        <translation>
            <numerusform>Re-authorize this shop within %n day.</numerusform>
            <numerusform>Re-authorize this shop within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message numerus="yes">
        <source>Label printed (%n page(s)).</source>
        <translation>
            <numerusform>Label printed (%n page).</numerusform>
            <numerusform>Label printed (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n d)</source>
        <translation>
            <numerusform>%1 (%n d)</numerusform>
            <numerusform>%1 (%n d)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) connected</source>
        <translation>
            <numerusform>%n shop connected</numerusform>
            <numerusform>%n shops connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message numerus="yes">
        <source>Saved. History older than %n day(s) is removed at start-up.</source>
        <translation>
            <numerusform>Saved. History older than %n day is removed at start-up.</numerusform>
            <numerusform>Saved. History older than %n days is removed at start-up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s)</source>
        <translation>
            <numerusform>%n packer</numerusform>
            <numerusform>%n packers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message numerus="yes">
        <source>%n shop(s) in this warehouse.</source>
        <translation>
            <numerusform>%n shop in this warehouse.</numerusform>
            <numerusform>%n shops in this warehouse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message numerus="yes">
        <source>Scan %1 — %2 (%3 left); %n more SKU(s) missing.</source>
        <translation>
            <numerusform>Scan %1 — %2 (%3 left); %n more SKU missing.</numerusform>
            <numerusform>Scan %1 — %2 (%3 left); %n more SKUs missing.</numerusform>
        </translation>
    </message>
</context>
</TS>
