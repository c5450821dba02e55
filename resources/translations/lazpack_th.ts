<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Open another order?</source>
        <translation>เปิดคำสั่งซื้ออื่น?</translation>
    </message>
    <message>
        <source>Order {current} is being packed ({verified} of {expected} items verified).

Leave it and open order {other}?</source>
        <translation>กำลังแพ็กคำสั่งซื้อ {current} (ตรวจแล้ว {verified} จาก {expected} ชิ้น)

ทิ้งไว้แล้วเปิดคำสั่งซื้อ {other}?</translation>
    </message>
    <message>
        <source>&amp;Leave it, open {other}</source>
        <translation>ทิ้งไว้ เปิด {other} (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep packing {current}</source>
        <translation>แพ็ก {current} ต่อ (&amp;K)</translation>
    </message>
    <message>
        <source>Pick list</source>
        <extracomment>settings.ui keys (no new settings fields: the ui dict is the window&apos;s own)</extracomment>
        <translation>ใบหยิบสินค้า</translation>
    </message>
    <message>
        <source>The selected orders (%n)</source>
        <translation>คำสั่งซื้อที่เลือก (%n)</translation>
    </message>
    <message>
        <source>Every order of this tab (%n)</source>
        <translation>คำสั่งซื้อทั้งหมดในแท็บนี้ (%n)</translation>
    </message>
    <message>
        <source>Everything to pack for the shipping provider</source>
        <translation>ทุกอย่างที่รอแพ็กของขนส่งนี้</translation>
    </message>
    <message>
        <source>Add a packing slip page per order</source>
        <translation>เพิ่มหน้าใบแพ็กต่อคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>A4 printer</source>
        <translation>เครื่องพิมพ์ A4</translation>
    </message>
    <message>
        <source>(ask with the print dialog)</source>
        <translation>(ถามในหน้าต่างพิมพ์)</translation>
    </message>
    <message>
        <source>Make pick list</source>
        <translation>สร้างใบหยิบสินค้า</translation>
    </message>
    <message>
        <source>%n selected orders</source>
        <translation>คำสั่งซื้อที่เลือก %n รายการ</translation>
    </message>
    <message>
        <source>Pick list #%1</source>
        <translation>ใบหยิบสินค้า #%1</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship the %n orders to pack</source>
        <translation>แพ็กและส่ง %n คำสั่งซื้อที่รอแพ็ก</translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>เปิดคำสั่งซื้อที่เลือก</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>กำลังสร้างใบหยิบสินค้า…</translation>
    </message>
    <message>
        <source>The pick list could not be saved: </source>
        <translation>บันทึกใบหยิบสินค้าไม่ได้: </translation>
    </message>
    <message>
        <source>Pick list #%1 saved as %2</source>
        <translation>บันทึกใบหยิบสินค้า #%1 เป็น %2 แล้ว</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>รายการสินค้า</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>ร้านค้า</translation>
    </message>
    <message>
        <source>No barcode yet</source>
        <translation>ยังไม่มีบาร์โค้ด</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>นำเข้า CSV/XLSX…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Stickers for the selected SKUs…</source>
        <translation>สติกเกอร์ของ SKU ที่เลือก…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>%n SKUs</source>
        <translation>%n SKU</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>สเปรดชีต (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>นำเข้ารายการสินค้า</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>ส่งออกรายการสินค้า</translation>
    </message>
    <message>
        <source>Imported: %n SKUs changed.</source>
        <translation>นำเข้าแล้ว: เปลี่ยน %n SKU</translation>
    </message>
    <message>
        <source>%n SKUs exported to </source>
        <translation>ส่งออก %n SKU ไปที่ </translation>
    </message>
    <message>
        <source>Select the SKUs to print stickers for first.</source>
        <translation>เลือก SKU ที่จะพิมพ์สติกเกอร์ก่อน</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>ดูตัวอย่างการนำเข้า</translation>
    </message>
    <message>
        <source>Import %n changes</source>
        <translation>นำเข้า %n รายการที่เปลี่ยน</translation>
    </message>
    <message>
        <source>SKU stickers</source>
        <translation>สติกเกอร์ SKU</translation>
    </message>
    <message>
        <source>Sticker size</source>
        <translation>ขนาดสติกเกอร์</translation>
    </message>
    <message>
        <source>(save as PDF)</source>
        <translation>(บันทึกเป็น PDF)</translation>
    </message>
    <message>
        <source>Sticker printer</source>
        <translation>เครื่องพิมพ์สติกเกอร์</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>บันทึกสติกเกอร์เป็น PDF</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>ไม่ได้บันทึก: </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>lazpack is free software under the MIT licence.
It ships Qt and Qt for Python (LGPL-3.0) and FFmpeg (LGPL-2.1+) as separate, replaceable libraries, and the Python packages listed below under their own licences.</source>
        <translation>lazpack เป็นซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต MIT
มาพร้อม Qt และ Qt for Python (LGPL-3.0) และ FFmpeg (LGPL-2.1+) เป็นไลบรารีแยกที่เปลี่ยนได้ และแพ็กเกจ Python ที่ระบุด้านล่างภายใต้สัญญาอนุญาตของแต่ละตัว</translation>
    </message>
    <message>
        <source>(The third-party notices could not be read: %1)</source>
        <translation>(อ่านประกาศของบุคคลที่สามไม่ได้: %1)</translation>
    </message>
    <message>
        <source>Diagnostics copied — paste them into your message to support.</source>
        <translation>คัดลอกข้อมูลวินิจฉัยแล้ว — วางลงในข้อความถึงฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>About lazpack</source>
        <translation>เกี่ยวกับ lazpack</translation>
    </message>
    <message>
        <source>Packing station for Lazada sellers: scan, verify, pack, print the AWB, ready to ship.</source>
        <translation>สถานีแพ็กสินค้าสำหรับผู้ขาย Lazada: สแกน ตรวจ แพ็ก พิมพ์ใบปะหน้า พร้อมส่ง</translation>
    </message>
    <message>
        <source>Data folder: %1&lt;br&gt;Settings: %2&lt;br&gt;Log folder: %3</source>
        <translation>โฟลเดอร์ข้อมูล: %1&lt;br&gt;การตั้งค่า: %2&lt;br&gt;โฟลเดอร์บันทึก: %3</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>คัดลอกข้อมูลวินิจฉัย</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>สัญญาอนุญาต:</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Link this barcode?</source>
        <translation>เชื่อมบาร์โค้ดนี้ไหม?</translation>
    </message>
    <message>
        <source>“%1” is unknown. Is it one of these items? It will be remembered for this shop.</source>
        <translation>ไม่รู้จัก “%1” เป็นสินค้าชิ้นใดชิ้นหนึ่งนี้หรือไม่? ระบบจะจำไว้สำหรับร้านนี้</translation>
    </message>
    <message>
        <source>Confirm an item without barcode</source>
        <translation>ยืนยันสินค้าที่ไม่มีบาร์โค้ด</translation>
    </message>
    <message>
        <source>Which item did you check by eye? It is recorded as confirmed manually.</source>
        <translation>ตรวจด้วยตาแล้วเป็นสินค้าชิ้นไหน? ระบบบันทึกว่ายืนยันด้วยมือ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Connecting to the warehouse database…</source>
        <extracomment>What runs after the first paint waits at most this long for it (a window that starts minimised or on a screen that never paints must still open its shops). built with the window (a saved printer that is gone is reported there) settings fields that fell back to defaults at start (shown once the window is up) set once the window&apos;s first frame is painted (or after ``FIRST_PAINT_WAIT_S``) set once the core and the scan path are built (right after the first paint)</extracomment>
        <translation>กำลังเชื่อมต่อฐานข้อมูลคลังสินค้า…</translation>
    </message>
    <message>
        <source>Serial scanner on %1.</source>
        <translation>เครื่องสแกนแบบซีเรียลที่ %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lazpack — internal error</source>
        <translation>lazpack — ข้อผิดพลาดภายใน</translation>
    </message>
    <message>
        <source>Something went wrong inside lazpack. Your work so far is kept.
If it happens again, copy the details below and send them to support.</source>
        <translation>เกิดข้อผิดพลาดภายใน lazpack งานที่ทำไว้ยังอยู่ครบ
ถ้าเกิดซ้ำ ให้คัดลอกรายละเอียดด้านล่างส่งให้ฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>lazpack — settings</source>
        <translation>lazpack — การตั้งค่า</translation>
    </message>
    <message>
        <source>Some settings could not be used; lazpack uses the defaults for them.</source>
        <translation>การตั้งค่าบางรายการใช้ไม่ได้ lazpack จะใช้ค่าเริ่มต้นแทน</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Paste the address the browser showed after consenting.</source>
        <extracomment>The seller consent page (lazada-api.md §2.1); one host for every country. Refresh the access token when less than this is left (issue 7: &quot;under a day&quot;). Warn that the shop must be re-authorized when its refresh token has less than this left. Below this the current access token is not worth using even if a refresh failed.</extracomment>
        <translation>วางที่อยู่ที่เบราว์เซอร์แสดงหลังจากกดยินยอม</translation>
    </message>
    <message>
        <source>That does not look like an authorization code.</source>
        <translation>ดูไม่เหมือนรหัสอนุญาต</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Lazada ไม่อนุญาตร้านค้า: %1</translation>
    </message>
    <message>
        <source>The pasted address has no authorization code (…?code=…).</source>
        <translation>ที่อยู่ที่วางไม่มีรหัสอนุญาต (…?code=…)</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser after clicking Submit on Lazada.</source>
        <translation>คัดลอกที่อยู่ทั้งหมดจากเบราว์เซอร์หลังกด Submit บน Lazada</translation>
    </message>
    <message>
        <source>The pasted address belongs to a different authorization attempt.</source>
        <translation>ที่อยู่ที่วางเป็นของการขออนุญาตครั้งอื่น</translation>
    </message>
    <message>
        <source>Click Authorize again and paste the address from that browser tab.</source>
        <translation>กด Authorize อีกครั้ง แล้ววางที่อยู่จากแท็บเบราว์เซอร์นั้น</translation>
    </message>
</context>
<context>
    <name>Barcodes</name>
    <message>
        <source>“%1” is an item, and no order is open. Scan the order number or its label first.</source>
        <translation>“%1” เป็นสินค้า และยังไม่ได้เปิดคำสั่งซื้อ สแกนเลขคำสั่งซื้อหรือใบปะหน้าก่อน</translation>
    </message>
    <message>
        <source>“%1” is not an open order, tracking number or package id.</source>
        <translation>“%1” ไม่ใช่คำสั่งซื้อที่เปิดอยู่ เลขพัสดุ หรือรหัสพัสดุ</translation>
    </message>
    <message>
        <source>“%1” is not the label of order %2 (expected %3). Check the parcel&apos;s label.</source>
        <translation>“%1” ไม่ใช่ใบปะหน้าของคำสั่งซื้อ %2 (ควรเป็น %3) ตรวจใบปะหน้าบนกล่อง</translation>
    </message>
    <message>
        <source>Wrong item: “%1” is %2, which is not in order %3.</source>
        <translation>สินค้าผิด: “%1” คือ %2 ซึ่งไม่อยู่ในคำสั่งซื้อ %3</translation>
    </message>
    <message>
        <source>Wrong item: %1 is not in order %2 (it belongs to order %3).</source>
        <translation>สินค้าผิด: %1 ไม่อยู่ในคำสั่งซื้อ %2 (เป็นของคำสั่งซื้อ %3)</translation>
    </message>
    <message>
        <source> Link it to one of this order&apos;s items if it is one of them.</source>
        <translation> เชื่อมกับสินค้าในคำสั่งซื้อนี้ได้ ถ้าเป็นชิ้นเดียวกัน</translation>
    </message>
    <message>
        <source>Unknown barcode “%1”.%2</source>
        <translation>บาร์โค้ดที่ไม่รู้จัก “%1”%2</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeDialog</name>
    <message>
        <source>OK</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบผล</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>emitted with the newest report after a retry finished</extracomment>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Package / item</source>
        <translation>พัสดุ / สินค้า</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Lazada says</source>
        <translation>Lazada แจ้งว่า</translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <translation>ลองแถวที่ล้มเหลวอีกครั้ง (&amp;R)</translation>
    </message>
    <message>
        <source>Unknown: Lazada may or may not have applied these; lazpack re-reads the orders before anything is sent again.</source>
        <translation>ไม่ทราบผล: Lazada อาจทำแล้วหรือยังไม่ทำ lazpack จะอ่านคำสั่งซื้อใหม่ก่อนส่งอะไรอีก</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) can be retried.</source>
        <translation>
            <numerusform>ลองใหม่ได้ %n แถวที่ล้มเหลว</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retry possible)</source>
        <translation>%1 (ลองใหม่ได้)</translation>
    </message>
    <message>
        <source>The answer was lost; the order is re-read before re-sending.</source>
        <translation>คำตอบหายไป ระบบจะอ่านคำสั่งซื้อใหม่ก่อนส่งซ้ำ</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n row(s)…</source>
        <translation>
            <numerusform>กำลังลองใหม่ %n แถว…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>ลองใหม่ไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Retry failed: internal error (logged).</source>
        <translation>ลองใหม่ไม่สำเร็จ: ข้อผิดพลาดภายใน (บันทึกไว้แล้ว)</translation>
    </message>
</context>
<context>
    <name>BatchPacker</name>
    <message>
        <source>not changed: %1 (read twice), so nothing was sent</source>
        <extracomment>the item ids the order book holds for the order: a fresh read must have them all digital items still to deliver; physical: the order has items to pack</extracomment>
        <translation>ไม่ได้เปลี่ยน: %1 (อ่านสองครั้งแล้ว) จึงไม่ได้ส่งอะไร</translation>
    </message>
    <message>
        <source>not in the open orders list</source>
        <translation>ไม่อยู่ในรายการคำสั่งซื้อที่เปิดอยู่</translation>
    </message>
    <message>
        <source>open at the scan station; finish or cancel it there first</source>
        <translation>เปิดอยู่ที่จุดสแกน ให้ทำให้เสร็จหรือยกเลิกที่นั่นก่อน</translation>
    </message>
    <message>
        <source>could not read the order</source>
        <translation>อ่านคำสั่งซื้อไม่ได้</translation>
    </message>
    <message>
        <source>part of it is still packed from a refused attempt and could not be undone</source>
        <translation>บางส่วนยังแพ็กค้างจากครั้งที่ถูกปฏิเสธและยกเลิกไม่ได้</translation>
    </message>
    <message>
        <source>Delivered by your own fleet: no AWB; print its delivery slip in the DBS tab and mark it delivered there.</source>
        <translation>ร้านส่งเอง: ไม่มี AWB; พิมพ์ใบส่งของในแท็บ DBS แล้วกดส่งแล้วที่นั่น</translation>
    </message>
    <message>
        <source>digital items not delivered: %1</source>
        <translation>สินค้าดิจิทัลยังไม่ได้ส่ง: %1</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention its digital items</source>
        <translation>คำตอบของ Lazada ไม่ได้พูดถึงสินค้าดิจิทัล</translation>
    </message>
    <message>
        <source>the answer to the digital delivery was lost; it is checked with Lazada before anything is sent again</source>
        <translation>คำตอบการส่งสินค้าดิจิทัลหายไป; จะเช็กกับ Lazada ก่อนส่งอะไรซ้ำ</translation>
    </message>
    <message>
        <source>digital delivery refused: %1 (%2)</source>
        <translation>ส่งสินค้าดิจิทัลถูกปฏิเสธ: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n digital item(s) delivered.</source>
        <translation>
            <numerusform>ส่งสินค้าดิจิทัลแล้ว %n ชิ้น</numerusform>
        </translation>
    </message>
    <message>
        <source>Lazada refused to deliver its digital items: %1 (%2)</source>
        <translation>Lazada ปฏิเสธการส่งสินค้าดิจิทัล: %1 (%2)</translation>
    </message>
    <message>
        <source>digital items already delivered.</source>
        <translation>สินค้าดิจิทัลส่งไปแล้ว</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>ไม่มีสินค้า</translation>
    </message>
    <message>
        <source>no digital item to deliver (%1)</source>
        <translation>ไม่มีสินค้าดิจิทัลให้ส่ง (%1)</translation>
    </message>
    <message>
        <source>already packed; not packed again.</source>
        <translation>แพ็กแล้ว ไม่แพ็กซ้ำ</translation>
    </message>
    <message>
        <source>nothing to pack (items canceled, shipped or not paid)</source>
        <translation>ไม่มีอะไรให้แพ็ก (สินค้าถูกยกเลิก ส่งแล้ว หรือยังไม่ชำระเงิน)</translation>
    </message>
    <message>
        <source>no shipment provider was chosen for this group</source>
        <translation>ยังไม่ได้เลือกขนส่งสำหรับกลุ่มนี้</translation>
    </message>
    <message>
        <source>Lazada refused to pack it: %1 (%2)</source>
        <translation>Lazada ปฏิเสธการแพ็ก: %1 (%2)</translation>
    </message>
    <message>
        <source>shipment providers not read: %1</source>
        <translation>อ่านขนส่งไม่ได้: %1</translation>
    </message>
    <message>
        <source>Lazada refused to offer a shipment provider: %1 (%2)</source>
        <translation>Lazada ไม่เสนอขนส่ง: %1 (%2)</translation>
    </message>
    <message>
        <source>the pack answer was lost and the order could not be checked</source>
        <translation>คำตอบการแพ็กหายไป และตรวจคำสั่งซื้อไม่ได้</translation>
    </message>
    <message>
        <source>the pack answer was lost; %1</source>
        <translation>คำตอบการแพ็กหายไป; %1</translation>
    </message>
    <message>
        <source>pack refused: %1 (%2)</source>
        <translation>แพ็กถูกปฏิเสธ: %1 (%2)</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this order</source>
        <translation>คำตอบของ Lazada ไม่ได้พูดถึงคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source> — the order was left unpacked so it ships in one parcel.</source>
        <translation> — ไม่ได้แพ็กคำสั่งซื้อนี้ เพื่อให้ส่งเป็นกล่องเดียว</translation>
    </message>
    <message>
        <source> — the other items may stay packed in %1.</source>
        <translation> — สินค้าอื่นอาจยังแพ็กอยู่ใน %1</translation>
    </message>
    <message>
        <source>label not fetched: %1</source>
        <translation>ดึงใบปะหน้าไม่ได้: %1</translation>
    </message>
    <message>
        <source>Lazada refused to print its label: %1 (%2)</source>
        <translation>Lazada ปฏิเสธการพิมพ์ใบปะหน้า: %1 (%2)</translation>
    </message>
    <message>
        <source>label not printed: %1</source>
        <translation>พิมพ์ใบปะหน้าไม่ได้: %1</translation>
    </message>
    <message>
        <source>could not check before ready to ship</source>
        <translation>ตรวจก่อนตั้งพร้อมส่งไม่ได้</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>ยังไม่พร้อม</translation>
    </message>
    <message>
        <source>Lazada refused to set it ready to ship: %1 (%2)</source>
        <translation>Lazada ปฏิเสธการตั้งพร้อมส่ง: %1 (%2)</translation>
    </message>
    <message>
        <source>the ready-to-ship answer was lost and it did not apply</source>
        <translation>คำตอบพร้อมส่งหายไป และไม่มีผล</translation>
    </message>
    <message>
        <source>ready to ship refused: %1 (%2)</source>
        <translation>พร้อมส่งถูกปฏิเสธ: %1 (%2)</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this package</source>
        <translation>คำตอบของ Lazada ไม่ได้พูดถึงพัสดุนี้</translation>
    </message>
    <message>
        <source>no row for this order in the answer</source>
        <translation>คำตอบไม่มีแถวของคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>the whole call was refused: %1 (%2)</source>
        <translation>ทั้งคำขอถูกปฏิเสธ: %1 (%2)</translation>
    </message>
    <message>
        <source>; the packed part is still to undo</source>
        <translation>; ส่วนที่แพ็กแล้วยังต้องยกเลิก</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ว่างเปล่า</translation>
    </message>
    <message>
        <source>%1 has no SKU column.</source>
        <translation>%1 ไม่มีคอลัมน์ SKU</translation>
    </message>
    <message>
        <source>The first row names the columns: %1.</source>
        <translation>แถวแรกต้องเป็นชื่อคอลัมน์: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ไม่มีไฟล์ %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (%2).</source>
        <translation>%1 ไม่ใช่ข้อความ UTF-8 (%2)</translation>
    </message>
    <message>
        <source>Save it from the spreadsheet as “CSV UTF-8”, or as .xlsx.</source>
        <translation>บันทึกจากสเปรดชีตเป็น “CSV UTF-8” หรือเป็น .xlsx</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Cancel this order (before packing) / close it</source>
        <extracomment>Control and format characters: GS (FNC1 as transmitted), RS, EOT, stray CR/LF/Tab, zero-width spaces some wedge drivers inject. Every command barcode starts with this. &quot;#&quot; and &quot;:&quot; together never occur in Lazada SKUs in practice, Code128 (set B) encodes them, and the prefix is short enough for a 100 mm wide command sheet. What the command sheet prints under each barcode (the packer&apos;s words).</extracomment>
        <translation>ยกเลิกคำสั่งซื้อนี้ (ก่อนแพ็ก) / ปิด</translation>
    </message>
    <message>
        <source>Done: finish the remaining steps</source>
        <translation>เสร็จ: ทำขั้นตอนที่เหลือให้จบ</translation>
    </message>
    <message>
        <source>Reprint the label</source>
        <translation>พิมพ์ใบปะหน้าซ้ำ</translation>
    </message>
    <message>
        <source>Repack (new package, new label)</source>
        <translation>แพ็กใหม่ (พัสดุใหม่ ใบปะหน้าใหม่)</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>ยกเลิกการสแกนสินค้าครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Confirm the missing item without a barcode</source>
        <translation>ยืนยันสินค้าที่ขาดโดยไม่ใช้บาร์โค้ด</translation>
    </message>
    <message>
        <source>Pack the verified items only</source>
        <translation>แพ็กเฉพาะสินค้าที่ตรวจแล้ว</translation>
    </message>
    <message>
        <source>Log in as packer</source>
        <translation>เข้าสู่ระบบเป็นคนแพ็ก</translation>
    </message>
    <message>
        <source>Log out packer</source>
        <translation>ออกจากระบบคนแพ็ก</translation>
    </message>
    <message>
        <source>Pick list: list its orders</source>
        <translation>ใบหยิบสินค้า: แสดงคำสั่งซื้อในใบ</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>คนแพ็ก: %1</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>lazpack — command barcodes</source>
        <translation>lazpack — บาร์โค้ดคำสั่ง</translation>
    </message>
    <message>
        <source>There are no commands to print.</source>
        <translation>ไม่มีคำสั่งให้พิมพ์</translation>
    </message>
    <message>
        <source>“%1” cannot be a Code128 barcode.</source>
        <translation>“%1” เป็นบาร์โค้ด Code128 ไม่ได้</translation>
    </message>
    <message>
        <source>Use ASCII letters only.</source>
        <translation>ใช้ตัวอักษรภาษาอังกฤษ (ASCII) เท่านั้น</translation>
    </message>
    <message>
        <source>Scan a barcode with the station&apos;s scanner. Keep this sheet next to the packing desk.</source>
        <translation>สแกนบาร์โค้ดด้วยเครื่องสแกนของสถานี เก็บแผ่นนี้ไว้ข้างโต๊ะแพ็ก</translation>
    </message>
</context>
<context>
    <name>DbsDeliveryDialog</name>
    <message>
        <source>Delivered by seller</source>
        <translation>ร้านส่งเอง</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) delivered by your own fleet:</source>
        <translation>
            <numerusform>%n พัสดุที่ร้านส่งเอง:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  —  order %2  —  %n unit(s)</source>
        <translation>
            <numerusform>%1  —  คำสั่งซื้อ %2  —  %n ชิ้น</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>ส่งถึงแล้ว (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Failed delivery</source>
        <translation>ส่งไม่สำเร็จ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>เหตุผล (ต้องระบุ) (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>หมายเหตุ (ไม่บังคับ) (&amp;N):</translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>บันทึกว่าส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>บันทึกว่าส่งถึงแล้ว</translation>
    </message>
</context>
<context>
    <name>DbsPanel</name>
    <message>
        <source>Package</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>ชิ้น</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Mark &amp;delivered…</source>
        <translation>บันทึกว่าส่งถึงแล้ว… (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Failed delivery…</source>
        <translation>ส่งไม่สำเร็จ… (&amp;F)</translation>
    </message>
    <message>
        <source>Print delivery &amp;slips</source>
        <translation>พิมพ์ใบส่งของ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>DeliverySlip</name>
    <message>
        <source>Package %1 has no items to put on a delivery slip.</source>
        <extracomment>3 dots per module on a 203 dpi thermal head: bars land on whole dots and scan reliably.</extracomment>
        <translation>พัสดุ %1 ไม่มีสินค้าให้ใส่ในใบส่งของ</translation>
    </message>
    <message>
        <source>Refresh the order and try again.</source>
        <translation>รีเฟรชคำสั่งซื้อแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Delivery slip %1</source>
        <translation>ใบส่งของ %1</translation>
    </message>
    <message>
        <source>DELIVERY SLIP</source>
        <translation>ใบส่งของ</translation>
    </message>
    <message>
        <source>Delivered by seller · page %1</source>
        <translation>ร้านส่งเอง · หน้า %1</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>ร้านส่งเอง</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>คำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>พัสดุ %1</translation>
    </message>
    <message>
        <source>DELIVER TO</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>Tel %1</source>
        <translation>โทร %1</translation>
    </message>
    <message>
        <source>COLLECT (COD): %1</source>
        <translation>เก็บเงินปลายทาง (COD): %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n ชิ้น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n SKU</numerusform>
        </translation>
    </message>
    <message>
        <source>Received by: ____________________</source>
        <translation>ผู้รับ: ____________________</translation>
    </message>
</context>
<context>
    <name>DialogPrint</name>
    <message>
        <source>Print labels</source>
        <extracomment>saves the station&apos;s settings; without it (an A4 command sheet) nothing is offered to be remembered</extracomment>
        <translation>พิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source> — choose a printer</source>
        <translation> — เลือกเครื่องพิมพ์</translation>
    </message>
</context>
<context>
    <name>EvidencePdf</name>
    <message>
        <source>Packing evidence, order %1</source>
        <translation>หลักฐานการแพ็ก คำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>Packing evidence — order %1</source>
        <translation>หลักฐานการแพ็ก — คำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>ร้านค้า</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>คนแพ็ก</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>ในกล่อง</translation>
    </message>
    <message>
        <source>Scans at the station</source>
        <translation>การสแกนที่สถานี</translation>
    </message>
    <message>
        <source>… %1 more scans in the station&apos;s journal</source>
        <translation>… อีก %1 การสแกนในบันทึกของสถานี</translation>
    </message>
    <message>
        <source>Made by lazpack on %1</source>
        <translation>สร้างโดย lazpack เมื่อ %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentDialogs</name>
    <message>
        <source>• %1 (order %2)</source>
        <translation>• %1 (คำสั่งซื้อ %2)</translation>
    </message>
    <message>
        <source>Recreate the package?</source>
        <translation>สร้างพัสดุใหม่ไหม?</translation>
    </message>
    <message>
        <source>Recreate these packages at Lazada?
%1

The printed label becomes VOID: remove it from the parcel. The order goes back to To pack, and a new package and label follow when it is packed again.</source>
        <translation>สร้างพัสดุเหล่านี้ใหม่ที่ Lazada ไหม?
%1

ใบปะหน้าที่พิมพ์แล้วจะใช้ไม่ได้ (VOID): ดึงออกจากกล่อง คำสั่งซื้อจะกลับไปที่ รอแพ็ก และจะได้พัสดุกับใบปะหน้าใหม่เมื่อแพ็กอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Repack</source>
        <translation>แพ็กใหม่ (&amp;R)</translation>
    </message>
    <message>
        <source>Deliver digital items?</source>
        <translation>ส่งสินค้าดิจิทัลไหม?</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n digital item(s) of %1 as delivered at Lazada?
Send the codes or vouchers to the buyers first.</source>
        <translation>
            <numerusform>ทำเครื่องหมายสินค้าดิจิทัล %n ชิ้นของ %1 ว่าส่งแล้วที่ Lazada ไหม?
ส่งโค้ดหรือบัตรกำนัลให้ผู้ซื้อก่อน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n คำสั่งซื้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>ส่ง (&amp;D)</translation>
    </message>
    <message>
        <source>Order %1 is not loaded, so its slip cannot be printed.</source>
        <translation>ยังไม่ได้โหลดคำสั่งซื้อ %1 จึงพิมพ์ใบส่งของไม่ได้</translation>
    </message>
    <message>
        <source>Refresh the orders (F5) and try again.</source>
        <translation>รีเฟรชคำสั่งซื้อ (F5) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>DBS delivery slips</source>
        <translation>ใบส่งของ DBS</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>คำสั่งซื้อ %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentService</name>
    <message>
        <source>Repack</source>
        <extracomment>Reasons offered for a failed DBS delivery; the packer may type another one. A DBS package is out with the seller&apos;s own fleet after RTS; Confirm/FailedDeliveryForDBS act on ``ready_to_ship`` only (lazada-api.md §4.6, §5). A paid digital item waits in ``pending``; DeliverDigital moves it to ``delivered`` (§5).</extracomment>
        <translation>แพ็กใหม่</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>บันทึกว่าส่งถึงแล้ว</translation>
    </message>
    <message>
        <source>Failed delivery</source>
        <translation>ส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Deliver digital items</source>
        <translation>ส่งสินค้าดิจิทัล</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <extracomment>Lazada refused the whole call, not this row (see ``RowResult.whole_call``)</extracomment>
        <translation>สำเร็จ %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>ล้มเหลว %1</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>ไม่ทราบผล %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order (%1 allocation) and does not allocate one itself.</source>
        <translation>Lazada ไม่มีขนส่งให้เลือกสำหรับคำสั่งซื้อนี้ (การจัดสรรแบบ %1) และไม่จัดสรรให้เอง</translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <extracomment>Package ids alone, or ``{package_id: order_id}`` so the journal and the report know the order. One batch call of the port: package ids in, merged rows out.</extracomment>
        <translation>ไม่มีอะไรให้ลองใหม่</translation>
    </message>
    <message>
        <source>Only rows Lazada marked as retryable can be re-sent.</source>
        <translation>ส่งซ้ำได้เฉพาะแถวที่ Lazada ระบุว่าลองใหม่ได้</translation>
    </message>
    <message>
        <source>Item %1 has no order id; reload the order.</source>
        <translation>สินค้า %1 ไม่มีเลขคำสั่งซื้อ ให้โหลดคำสั่งซื้อใหม่</translation>
    </message>
    <message>
        <source>No shipment provider chosen.</source>
        <translation>ยังไม่ได้เลือกขนส่ง</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this row</source>
        <translation>คำตอบของ Lazada ไม่ได้พูดถึงแถวนี้</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>scan %1</source>
        <extracomment>Orders a search shows at most; the status line says when there are more.</extracomment>
        <translation>สแกน %1</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>สแกน</translation>
    </message>
    <message>
        <source>%1 (Lazada)</source>
        <translation>%1 (Lazada)</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>พัสดุ %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>คนแพ็ก</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>ร้านค้า</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Action / scan</source>
        <translation>การทำงาน / สแกน</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <source>What</source>
        <translation>อะไร</translation>
    </message>
    <message>
        <source>Order id or number, tracking number, package id, SKU or scanned code</source>
        <extracomment>Emitted after every finished search (the number of rows shown). Emitted after an export with (path, rows written).</extracomment>
        <translation>เลขหรือรหัสคำสั่งซื้อ เลขพัสดุ รหัสพัสดุ SKU หรือโค้ดที่สแกน</translation>
    </message>
    <message>
        <source>All packers</source>
        <translation>คนแพ็กทั้งหมด</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ค้นหา (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>ส่งออก CSV… (&amp;E)</translation>
    </message>
    <message>
        <source>Select a line and press Enter to see the order&apos;s timeline.</source>
        <translation>เลือกบรรทัดแล้วกด Enter เพื่อดูลำดับเหตุการณ์ของคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 ใน %2</translation>
    </message>
    <message numerus="yes">
        <source> — only the %n most recent orders are shown; narrow the search or the dates to see older ones</source>
        <translation>
            <numerusform> — แสดงเฉพาะ %n คำสั่งซื้อล่าสุด ค้นหาให้แคบลงหรือเปลี่ยนวันที่เพื่อดูที่เก่ากว่า</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for these filters.</source>
        <translation>ไม่พบรายการตามตัวกรองนี้</translation>
    </message>
    <message>
        <source>Order %1 — loading…</source>
        <translation>คำสั่งซื้อ %1 — กำลังโหลด…</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <source>not packed</source>
        <translation>ยังไม่แพ็ก</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>คำสั่งซื้อ %1 · %2 · %3</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>เลขพัสดุ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s) %1</source>
        <translation>
            <numerusform>คนแพ็ก %n คน %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) %1</source>
        <translation>
            <numerusform>%n สถานี %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 จาก %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n บรรทัด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n คำสั่งซื้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong scan(s)</source>
        <translation>
            <numerusform>สแกนผิด %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item scan(s)</source>
        <translation>
            <numerusform>สแกนสินค้า %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>ล้มเหลว %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a known outcome</source>
        <translation>
            <numerusform>%n รายการที่ไม่ทราบผล</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>ส่งออกประวัติเป็น CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>กำลังส่งออกไปที่ %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>ส่งออก %n บรรทัดไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemKeys</name>
    <message>
        <source>seller SKU</source>
        <translation>SKU ผู้ขาย</translation>
    </message>
    <message>
        <source>shop SKU</source>
        <translation>SKU ร้านค้า</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>unpaid</source>
        <extracomment>Lazada&apos;s item statuses in the packer&apos;s words (shown through :func:`status_text`).</extracomment>
        <translation>ยังไม่ชำระเงิน</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>รอแพ็ก</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <source>repacked</source>
        <translation>แพ็กใหม่แล้ว</translation>
    </message>
    <message>
        <source>ready to ship pending</source>
        <translation>รอพร้อมส่ง</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>ส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>shipped back</source>
        <translation>ตีกลับ</translation>
    </message>
    <message>
        <source>shipped back success</source>
        <translation>ตีกลับสำเร็จ</translation>
    </message>
    <message>
        <source>shipped back failed</source>
        <translation>ตีกลับไม่สำเร็จ</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>คืนสินค้าแล้ว</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>สูญหาย</translation>
    </message>
    <message>
        <source>lost by 3PL</source>
        <translation>ขนส่งทำหาย</translation>
    </message>
    <message>
        <source>damaged by 3PL</source>
        <translation>ขนส่งทำเสียหาย</translation>
    </message>
</context>
<context>
    <name>JournalConnection</name>
    <message>
        <source>The journal %1 could not store a text with an invalid character.</source>
        <translation>บันทึก %1 เก็บข้อความที่มีอักขระไม่ถูกต้องไม่ได้</translation>
    </message>
    <message>
        <source>Scan again; report it if it keeps happening.</source>
        <translation>สแกนอีกครั้ง ถ้ายังเกิดอยู่ให้แจ้ง</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another program (%2).</source>
        <translation>บันทึก %1 ถูกโปรแกรมอื่นล็อกอยู่ (%2)</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>ปิดหน้าต่าง lazpack หรือโปรแกรมอื่นที่ใช้โฟลเดอร์ข้อมูลนี้ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full.</source>
        <translation>ดิสก์ที่เก็บบันทึก %1 เต็ม</translation>
    </message>
    <message>
        <source>The journal %1 is read-only.</source>
        <translation>บันทึก %1 เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>The journal %1 could not be written to disk (%2).</source>
        <translation>เขียนบันทึก %1 ลงดิสก์ไม่ได้ (%2)</translation>
    </message>
    <message>
        <source>Check free disk space and that the disk is still connected, then try again.</source>
        <translation>ตรวจพื้นที่ว่างในดิสก์และการเชื่อมต่อดิสก์ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2.</source>
        <translation>เขียนบันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Give this user write access to the data folder, or start lazpack with another --data-dir.</source>
        <translation>ให้ผู้ใช้นี้มีสิทธิ์เขียนโฟลเดอร์ข้อมูล หรือเริ่ม lazpack ด้วย --data-dir อื่น</translation>
    </message>
    <message>
        <source>The damaged journal was kept as %1 and a new one was started.</source>
        <translation>เก็บบันทึกที่เสียหายไว้เป็น %1 และเริ่มบันทึกใหม่แล้ว</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2.</source>
        <translation>สร้างโฟลเดอร์บันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Move the file in the way, or start lazpack with another --data-dir.</source>
        <translation>ย้ายไฟล์ที่ขวางอยู่ หรือเริ่ม lazpack ด้วย --data-dir อื่น</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: a folder of that name is in the way.</source>
        <translation>เปิดบันทึก %1 ไม่ได้: มีโฟลเดอร์ชื่อเดียวกันขวางอยู่</translation>
    </message>
    <message>
        <source>Move or rename that folder, or start lazpack with another --data-dir.</source>
        <translation>ย้ายหรือเปลี่ยนชื่อโฟลเดอร์นั้น หรือเริ่ม lazpack ด้วย --data-dir อื่น</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: the data folder is read-only.</source>
        <translation>เขียนบันทึก %1 ไม่ได้: โฟลเดอร์ข้อมูลเป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2.</source>
        <translation>เปิดบันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging (mode %2).</source>
        <translation>บันทึก %1 ใช้ write-ahead logging ไม่ได้ (โหมด %2)</translation>
    </message>
    <message>
        <source>Keep the data folder on a local disk, not a network share.</source>
        <translation>เก็บโฟลเดอร์ข้อมูลไว้บนดิสก์ในเครื่อง ไม่ใช่ไดรฟ์เครือข่าย</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and cannot be moved aside: %2.</source>
        <translation>บันทึก %1 เสียหายและย้ายออกไม่ได้: %2</translation>
    </message>
    <message>
        <source>Move the file away by hand, then start lazpack again.</source>
        <translation>ย้ายไฟล์ออกเอง แล้วเริ่ม lazpack ใหม่</translation>
    </message>
</context>
<context>
    <name>JournalViews</name>
    <message>
        <source>&amp;History</source>
        <translation>ประวัติ (&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;tats</source>
        <translation>สถิติ (&amp;T)</translation>
    </message>
</context>
<context>
    <name>Journaled</name>
    <message>
        <source>no rows in the answer</source>
        <translation>คำตอบไม่มีแถวข้อมูล</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>Something went wrong.</source>
        <extracomment>Short, plain-language message for the status bar / banner.</extracomment>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Lazada refused the request.</source>
        <extracomment>What to do next.</extracomment>
        <translation>Lazada ปฏิเสธคำขอ</translation>
    </message>
    <message>
        <source>The shop&apos;s authorization is no longer valid.</source>
        <translation>การอนุญาตของร้านค้าใช้ไม่ได้แล้ว</translation>
    </message>
    <message>
        <source>Reconnect the shop (Shops → Reconnect).</source>
        <translation>เชื่อมต่อร้านค้าใหม่ (ร้านค้า → เชื่อมต่อใหม่)</translation>
    </message>
    <message>
        <source>The access token is invalid or expired.</source>
        <translation>access token ไม่ถูกต้องหรือหมดอายุ</translation>
    </message>
    <message>
        <source>The refresh token is invalid or expired; the shop must be authorized again.</source>
        <translation>refresh token ไม่ถูกต้องหรือหมดอายุ ต้องอนุญาตร้านค้าใหม่</translation>
    </message>
    <message>
        <source>The authorization code is invalid, used or expired (codes last 30 minutes).</source>
        <translation>รหัสอนุญาตไม่ถูกต้อง ใช้ไปแล้ว หรือหมดอายุ (รหัสใช้ได้ 30 นาที)</translation>
    </message>
    <message>
        <source>Start the authorization again.</source>
        <translation>เริ่มขออนุญาตใหม่</translation>
    </message>
    <message>
        <source>This app can only be authorized through the Service Market.</source>
        <translation>แอปนี้อนุญาตได้ผ่าน Service Market เท่านั้น</translation>
    </message>
    <message>
        <source>Lazada rejected the request signature.</source>
        <translation>Lazada ปฏิเสธลายเซ็นของคำขอ</translation>
    </message>
    <message>
        <source>Check the app key and app secret in the shop settings.</source>
        <translation>ตรวจ app key และ app secret ในการตั้งค่าร้านค้า</translation>
    </message>
    <message>
        <source>Lazada is rate-limiting this app; waiting before trying again.</source>
        <translation>Lazada จำกัดความถี่ของแอปนี้ กำลังรอก่อนลองใหม่</translation>
    </message>
    <message>
        <source>Lazada did not answer in time.</source>
        <translation>Lazada ไม่ตอบกลับทันเวลา</translation>
    </message>
    <message>
        <source>lazpack retries automatically; check the network if this persists.</source>
        <translation>lazpack ลองใหม่ให้อัตโนมัติ ถ้ายังเป็นอยู่ให้ตรวจเครือข่าย</translation>
    </message>
    <message>
        <source>No connection to Lazada.</source>
        <translation>เชื่อมต่อ Lazada ไม่ได้</translation>
    </message>
    <message>
        <source>Check the station&apos;s network connection.</source>
        <translation>ตรวจการเชื่อมต่อเครือข่ายของสถานี</translation>
    </message>
    <message>
        <source>Lazada sent an answer lazpack cannot read.</source>
        <translation>Lazada ส่งคำตอบที่ lazpack อ่านไม่ได้</translation>
    </message>
    <message>
        <source>Nothing was changed locally; try again. Report it if it keeps happening.</source>
        <translation>ไม่มีอะไรเปลี่ยนในเครื่อง ลองอีกครั้ง ถ้ายังเกิดอยู่ให้แจ้ง</translation>
    </message>
    <message>
        <source>Lazada says the seller account is not verified or not active.</source>
        <translation>Lazada แจ้งว่าบัญชีผู้ขายยังไม่ยืนยันหรือไม่ได้ใช้งาน</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last action.</source>
        <translation>Lazada อาจทำคำสั่งล่าสุดแล้วหรือยังไม่ทำ</translation>
    </message>
    <message>
        <source>lazpack checks the order at Lazada before doing anything else.</source>
        <translation>lazpack จะตรวจคำสั่งซื้อที่ Lazada ก่อนทำอย่างอื่น</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>ยังไม่ได้เลือกอะไร</translation>
    </message>
    <message>
        <source>Select at least one package or order first.</source>
        <translation>เลือกพัสดุหรือคำสั่งซื้ออย่างน้อยหนึ่งรายการก่อน</translation>
    </message>
    <message>
        <source>A reason is required for a failed delivery.</source>
        <translation>ต้องระบุเหตุผลเมื่อส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Pick a reason from the list or type one.</source>
        <translation>เลือกเหตุผลจากรายการหรือพิมพ์เอง</translation>
    </message>
    <message>
        <source>These labels were printed already.</source>
        <translation>ใบปะหน้าเหล่านี้พิมพ์ไปแล้ว</translation>
    </message>
    <message>
        <source>Confirm the reprint; a second label on a parcel confuses the courier.</source>
        <translation>ยืนยันการพิมพ์ซ้ำ ใบปะหน้าสองใบบนกล่องทำให้ขนส่งสับสน</translation>
    </message>
    <message>
        <source>Labels printed already: %1.</source>
        <translation>ใบปะหน้าที่พิมพ์แล้ว: %1</translation>
    </message>
    <message>
        <source>This label was voided (the package was re-created).</source>
        <translation>ใบปะหน้านี้ถูกยกเลิกแล้ว (สร้างพัสดุใหม่แล้ว)</translation>
    </message>
    <message>
        <source>Print the label of the new package instead.</source>
        <translation>พิมพ์ใบปะหน้าของพัสดุใหม่แทน</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order.</source>
        <translation>Lazada ไม่มีขนส่งให้คำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>Check the order in Seller Center; it cannot be packed from the station yet.</source>
        <translation>ตรวจคำสั่งซื้อใน Seller Center ตอนนี้ยังแพ็กจากสถานีไม่ได้</translation>
    </message>
    <message>
        <source>The label printer is not available.</source>
        <translation>เครื่องพิมพ์ใบปะหน้าใช้งานไม่ได้</translation>
    </message>
    <message>
        <source>Check that it is switched on, or choose another printer.</source>
        <translation>ตรวจว่าเปิดเครื่องอยู่ หรือเลือกเครื่องพิมพ์อื่น</translation>
    </message>
    <message>
        <source>The system keyring is not available, so shop secrets cannot be stored.</source>
        <translation>ใช้ที่เก็บกุญแจของระบบไม่ได้ จึงเก็บรหัสลับร้านค้าไม่ได้</translation>
    </message>
    <message>
        <source>The local journal could not be written.</source>
        <translation>เขียนบันทึกในเครื่องไม่ได้</translation>
    </message>
    <message>
        <source>Check free disk space and permissions of the data folder.</source>
        <translation>ตรวจพื้นที่ว่างในดิสก์และสิทธิ์ของโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>The local journal cannot be opened.</source>
        <translation>เปิดบันทึกในเครื่องไม่ได้</translation>
    </message>
    <message>
        <source>Update lazpack on this station, or start it with another --data-dir.</source>
        <translation>อัปเดต lazpack ในสถานีนี้ หรือเริ่มด้วย --data-dir อื่น</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>ปิดหน้าต่าง lazpack หรือโปรแกรมอื่นที่ใช้โฟลเดอร์ข้อมูลนี้ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The disk holding the local journal is full.</source>
        <translation>ดิสก์ที่เก็บบันทึกในเครื่องเต็ม</translation>
    </message>
    <message>
        <source>Free some disk space (or move the data folder), then try again.</source>
        <translation>ลบไฟล์ให้มีพื้นที่ว่าง (หรือย้ายโฟลเดอร์ข้อมูล) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The shop authorization did not complete.</source>
        <translation>การอนุญาตร้านค้ายังไม่เสร็จ</translation>
    </message>
    <message>
        <source>Click Authorize again and finish the consent page in the browser.</source>
        <translation>กด Authorize อีกครั้งแล้วทำหน้ายินยอมในเบราว์เซอร์ให้เสร็จ</translation>
    </message>
    <message>
        <source>This shop is disconnected and must be authorized again.</source>
        <translation>ร้านค้านี้ถูกตัดการเชื่อมต่อและต้องอนุญาตใหม่</translation>
    </message>
    <message>
        <source>The label file cannot be read.</source>
        <translation>อ่านไฟล์ใบปะหน้าไม่ได้</translation>
    </message>
    <message>
        <source>Fetch the label again (Reprint); lazpack discards the damaged copy.</source>
        <translation>ดึงใบปะหน้าอีกครั้ง (พิมพ์ซ้ำ) lazpack จะทิ้งไฟล์ที่เสีย</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <source>%1 Choose the printer for this label:</source>
        <translation>%1 เลือกเครื่องพิมพ์สำหรับใบปะหน้านี้:</translation>
    </message>
</context>
<context>
    <name>LabelPrintOptions</name>
    <message>
        <source>Labels</source>
        <extracomment>Windows and macOS show their native dialog, which has no room for the label options: there the defaults apply (always print here, use the label size; a printer chosen to rescue a failed label is never saved); Station → Settings → Label printer changes them.</extracomment>
        <translation>ใบปะหน้า</translation>
    </message>
    <message>
        <source>Always print labels here without asking</source>
        <translation>พิมพ์ใบปะหน้าที่นี่เสมอโดยไม่ต้องถาม</translation>
    </message>
    <message>
        <source>Use the label size (%1)</source>
        <translation>ใช้ขนาดใบปะหน้า (%1)</translation>
    </message>
    <message>
        <source>Print on the printer&apos;s own paper (label scaled to fit)</source>
        <translation>พิมพ์บนกระดาษของเครื่องพิมพ์ (ย่อใบปะหน้าให้พอดี)</translation>
    </message>
    <message>
        <source>If the printer&apos;s paper is not the label&apos;s size:</source>
        <translation>ถ้ากระดาษของเครื่องพิมพ์ไม่ใช่ขนาดใบปะหน้า:</translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <source>Unknown label paper %1.</source>
        <extracomment>Thermal label printers print at 203 dpi; PDF output uses it so a saved label prints 1:1. Above this the raster only costs time: no label printer resolves finer. Answers to &quot;the printer&apos;s page does not match the label&quot;, remembered per printer. Page sizes within this many millimetres count as the same paper.</extracomment>
        <translation>ไม่รู้จักขนาดกระดาษใบปะหน้า %1</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>เลือกหนึ่งอย่าง: %1</translation>
    </message>
    <message>
        <source>Unknown orientation %1.</source>
        <translation>ไม่รู้จักแนวกระดาษ %1</translation>
    </message>
    <message>
        <source>Use portrait or landscape.</source>
        <translation>ใช้แนวตั้งหรือแนวนอน</translation>
    </message>
    <message>
        <source>The label file cannot be read (%1).</source>
        <translation>อ่านไฟล์ใบปะหน้าไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>The label printer “%1” was not found.</source>
        <translation>ไม่พบเครื่องพิมพ์ใบปะหน้า “%1”</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. Choose another printer in Settings → Printer, or print with the system dialog. Available: %1.</source>
        <translation>อาจถอดสาย เปลี่ยนชื่อ หรือถูกลบ เลือกเครื่องพิมพ์อื่นใน การตั้งค่า → เครื่องพิมพ์ หรือพิมพ์ผ่านหน้าต่างของระบบ ที่มี: %1</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. No printers are installed; print with the system dialog or save the labels as PDF.</source>
        <translation>อาจถอดสาย เปลี่ยนชื่อ หรือถูกลบ ไม่มีเครื่องพิมพ์ติดตั้งอยู่ ให้พิมพ์ผ่านหน้าต่างของระบบหรือบันทึกใบปะหน้าเป็น PDF</translation>
    </message>
    <message>
        <source>The label printer “%1” reports an error (offline or out of labels).</source>
        <translation>เครื่องพิมพ์ใบปะหน้า “%1” แจ้งข้อผิดพลาด (ออฟไลน์หรือใบปะหน้าหมด)</translation>
    </message>
    <message>
        <source>Check that it is switched on, connected and loaded, or choose another printer.</source>
        <translation>ตรวจว่าเปิดเครื่อง ต่อสาย และใส่ใบปะหน้าแล้ว หรือเลือกเครื่องพิมพ์อื่น</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>ไฟล์ PDF</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to portrait in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>“%1” ใช้ %2 × %3 มม. ใบปะหน้าหมุนตะแคง แก้: ตั้งแนวเป็นแนวตั้งใน การตั้งค่า → เครื่องพิมพ์ หรือในการตั้งค่าของเครื่องพิมพ์เอง</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to landscape in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>“%1” ใช้ %2 × %3 มม. ใบปะหน้าหมุนตะแคง แก้: ตั้งแนวเป็นแนวนอนใน การตั้งค่า → เครื่องพิมพ์ หรือในการตั้งค่าของเครื่องพิมพ์เอง</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm paper but the label is %4 × %5 mm, so it prints at %6 size. Fix: set the paper size to %4 × %5 mm in the printer&apos;s settings (Printers → Preferences), or pick the paper it really has in Settings → Printer.</source>
        <translation>“%1” ใช้กระดาษ %2 × %3 มม. แต่ใบปะหน้าขนาด %4 × %5 มม. จึงพิมพ์ออกมา %6 แก้: ตั้งขนาดกระดาษเป็น %4 × %5 มม. ในการตั้งค่าเครื่องพิมพ์ (เครื่องพิมพ์ → กำหนดลักษณะ) หรือเลือกกระดาษที่ใส่อยู่จริงใน การตั้งค่า → เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>“%1” adds margins (%2 mm), which shrink the label. Fix: set the margins to 0 / borderless in the printer&apos;s settings.</source>
        <translation>“%1” เพิ่มระยะขอบ (%2 มม.) ทำให้ใบปะหน้าเล็กลง แก้: ตั้งระยะขอบเป็น 0 / ไร้ขอบ ในการตั้งค่าเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>The print job could not be started on “%1”.</source>
        <translation>เริ่มงานพิมพ์ที่ “%1” ไม่ได้</translation>
    </message>
    <message>
        <source>Check the printer, or choose another; the labels are kept and can be printed again.</source>
        <translation>ตรวจเครื่องพิมพ์หรือเลือกเครื่องอื่น ใบปะหน้ายังเก็บไว้และพิมพ์ใหม่ได้</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>เครื่องพิมพ์หยุดรับหน้า</translation>
    </message>
    <message>
        <source>Check the printer; then print the labels again.</source>
        <translation>ตรวจเครื่องพิมพ์ แล้วพิมพ์ใบปะหน้าใหม่</translation>
    </message>
    <message>
        <source>“%1” failed while printing.</source>
        <translation>“%1” ล้มเหลวระหว่างพิมพ์</translation>
    </message>
    <message>
        <source>The printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Check the printer (paper, cover, cable); then print the labels again.</source>
        <translation>ตรวจเครื่องพิมพ์ (กระดาษ ฝา สาย) แล้วพิมพ์ใบปะหน้าใหม่</translation>
    </message>
    <message>
        <source>No label printer is set.</source>
        <translation>ยังไม่ได้ตั้งเครื่องพิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>Choose one in Settings → Printer, or print with the system dialog.</source>
        <translation>เลือกใน การตั้งค่า → เครื่องพิมพ์ หรือพิมพ์ผ่านหน้าต่างของระบบ</translation>
    </message>
</context>
<context>
    <name>LabelService</name>
    <message>
        <source>The label of package %1 was voided.</source>
        <extracomment>package id → prints so far, including this one where ``print_label`` sends jobs; the UI sets it from the printer settings</extracomment>
        <translation>ใบปะหน้าของพัสดุ %1 ถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Lazada&apos;s label link expired twice in a row.</source>
        <translation>ลิงก์ใบปะหน้าของ Lazada หมดอายุสองครั้งติดกัน</translation>
    </message>
    <message>
        <source>Check the station&apos;s clock and network, then print again.</source>
        <translation>ตรวจนาฬิกาและเครือข่ายของสถานี แล้วพิมพ์ใหม่</translation>
    </message>
    <message>
        <source>PrintAWB answered without a label link for %1.</source>
        <translation>PrintAWB ตอบกลับโดยไม่มีลิงก์ใบปะหน้าสำหรับ %1</translation>
    </message>
    <message>
        <source>The label of %1 is not a PDF.</source>
        <translation>ใบปะหน้าของ %1 ไม่ใช่ PDF</translation>
    </message>
    <message>
        <source>AWB ×%1</source>
        <translation>AWB ×%1</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>ยังไม่ได้เลือกเครื่องพิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>Set a label printer in Settings → Printer, or print with the dialog.</source>
        <translation>ตั้งเครื่องพิมพ์ใบปะหน้าใน การตั้งค่า → เครื่องพิมพ์ หรือพิมพ์ผ่านหน้าต่าง</translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <source>The label folder %1 cannot be created: %2</source>
        <translation>สร้างโฟลเดอร์ใบปะหน้า %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The label of package %1 cannot be saved: %2</source>
        <translation>บันทึกใบปะหน้าของพัสดุ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The label print record cannot be written: %1</source>
        <translation>เขียนประวัติการพิมพ์ใบปะหน้าไม่ได้: %1</translation>
    </message>
    <message>
        <source>The label print records cannot be read: %1</source>
        <translation>อ่านประวัติการพิมพ์ใบปะหน้าไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>PC language (%1)</source>
        <translation>ภาษาของเครื่อง (%1)</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>The redirect URI is not a loopback address (http://127.0.0.1:PORT/…).</source>
        <translation>redirect URI ไม่ใช่ที่อยู่ loopback (http://127.0.0.1:PORT/…)</translation>
    </message>
    <message>
        <source>Paste the address from the browser instead.</source>
        <translation>วางที่อยู่จากเบราว์เซอร์แทน</translation>
    </message>
    <message>
        <source>Port %1 on this PC is busy, so lazpack cannot receive the answer.</source>
        <translation>พอร์ต %1 ในเครื่องนี้ไม่ว่าง lazpack จึงรับคำตอบไม่ได้</translation>
    </message>
    <message>
        <source>Close the program using it, or paste the address from the browser.</source>
        <translation>ปิดโปรแกรมที่ใช้พอร์ตนั้น หรือวางที่อยู่จากเบราว์เซอร์</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>ไม่ใช่ที่นี่</translation>
    </message>
    <message>
        <source>lazpack only expects the Lazada redirect.</source>
        <translation>lazpack รอเฉพาะการเปลี่ยนเส้นทางจาก Lazada</translation>
    </message>
    <message>
        <source>This answer does not belong to lazpack&apos;s current authorization</source>
        <translation>คำตอบนี้ไม่ใช่ของการขออนุญาตปัจจุบันของ lazpack</translation>
    </message>
    <message>
        <source>Go back to lazpack and click Authorize again if needed.</source>
        <translation>กลับไปที่ lazpack แล้วกด Authorize อีกครั้งถ้าจำเป็น</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>ได้รับแล้ว</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>ปิดแท็บนี้ได้เลย</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Lazada ไม่อนุญาตร้านค้า: %1</translation>
    </message>
    <message>
        <source>Authorization was not given</source>
        <translation>ไม่ได้ให้การอนุญาต</translation>
    </message>
    <message>
        <source>No authorization code</source>
        <translation>ไม่มีรหัสอนุญาต</translation>
    </message>
    <message>
        <source>Click Authorize again in lazpack.</source>
        <translation>กด Authorize อีกครั้งใน lazpack</translation>
    </message>
    <message>
        <source>The shop is being connected to lazpack</source>
        <translation>กำลังเชื่อมร้านค้ากับ lazpack</translation>
    </message>
    <message>
        <source>You can close this tab and go back to lazpack.</source>
        <translation>ปิดแท็บนี้แล้วกลับไปที่ lazpack ได้เลย</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● ออนไลน์</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● ออฟไลน์</translation>
    </message>
    <message>
        <source>● Rate limited</source>
        <translation>● ถูกจำกัดความถี่</translation>
    </message>
    <message>
        <source>● Shop authorization needed</source>
        <translation>● ต้องอนุญาตร้านค้า</translation>
    </message>
    <message>
        <source>● Sync error</source>
        <translation>● ซิงก์ผิดพลาด</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>room for a window&apos;s title bar and frame around its client area (see ``fit_to_screen``) Tab bar order; None is &quot;All&quot;.</extracomment>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>lazpack — DEMO shop</source>
        <translation>lazpack — ร้านทดลอง</translation>
    </message>
    <message>
        <source>DEMO — simulated orders. Nothing here reaches a real shop.</source>
        <extracomment>keys the window&apos;s packing actions own even while the field has focus the status bar&apos;s Reconnect button: open Station → Shops…</extracomment>
        <translation>ทดลอง — คำสั่งซื้อจำลอง ไม่มีอะไรไปถึงร้านจริง</translation>
    </message>
    <message>
        <source>Scan an order, AWB or item barcode (F2)</source>
        <translation>สแกนคำสั่งซื้อ ใบปะหน้า หรือบาร์โค้ดสินค้า (F2)</translation>
    </message>
    <message>
        <source>Search: order, SKU, item, tracking, customer (Ctrl+F)</source>
        <translation>ค้นหา: คำสั่งซื้อ SKU สินค้า เลขพัสดุ ลูกค้า (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the orders of one shop (Ctrl+Shift+F)</source>
        <translation>แสดงคำสั่งซื้อของร้านเดียว (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>ยังไม่ได้ซิงก์</translation>
    </message>
    <message>
        <source>Syncing %v / %m</source>
        <translation>กำลังซิงก์ %v / %m</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <extracomment>on a warehouse database: which station talks to Lazada for the shops</extracomment>
        <translation>เชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>สถานี (&amp;S)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ซิงก์เดี๋ยวนี้</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>&amp;Packing</source>
        <translation>แพ็ก (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>สถานีแพ็ก</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ไปที่ (&amp;G)</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>ช่องสแกน</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Filter by shop</source>
        <translation>กรองตามร้านค้า</translation>
    </message>
    <message>
        <source>Orders list</source>
        <translation>รายการคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>แท็บถัดไป</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>แท็บก่อนหน้า</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นลัด</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>คนแพ็ก: %1</translation>
    </message>
    <message>
        <source>No packer — scan your card</source>
        <translation>ไม่มีคนแพ็ก — สแกนบัตรของคุณ</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>ทุกร้าน</translation>
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
        <translation>สถานีนี้</translation>
    </message>
    <message>
        <source>Lazada sync: %1</source>
        <translation>ซิงก์ Lazada: %1</translation>
    </message>
    <message>
        <source>One station of the warehouse talks to Lazada for each shop; the others read the orders it synced from the warehouse database.</source>
        <translation>สถานีเดียวในคลังสินค้าเป็นผู้ติดต่อ Lazada ให้แต่ละร้านค้า สถานีอื่นอ่านคำสั่งซื้อที่สถานีนั้นซิงก์ไว้จากฐานข้อมูลคลังสินค้า</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>เมื่อสักครู่</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n นาทีที่แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 (%2)</source>
        <translation>ซิงก์ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OrderBatchReport</name>
    <message>
        <source>%1 of %2 orders done, %3 failed</source>
        <extracomment>The step a digital-only order reaches (it has no pack, label or ready to ship).</extracomment>
        <translation>สำเร็จ %1 จาก %2 คำสั่งซื้อ ล้มเหลว %3</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>To pack</source>
        <extracomment>The tabs the window shows, in order, with the packer&apos;s words for them.</extracomment>
        <translation>รอแพ็ก</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>ร้านส่งเอง</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>มีปัญหา</translation>
    </message>
    <message>
        <source>Digital</source>
        <extracomment>Item statuses the full sync fetches: everything a work tab can show. a parcel that came to grief on the way: a person must act (redeliver, return, claim) &quot;2× MUG, CAP&quot;, built once per row: the list shows and sorts by it</extracomment>
        <translation>ดิจิทัล</translation>
    </message>
    <message>
        <source>DBS</source>
        <translation>DBS</translation>
    </message>
    <message>
        <source>Cross-border</source>
        <translation>ข้ามประเทศ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>ปกติ</translation>
    </message>
</context>
<context>
    <name>OrderClaims</name>
    <message>
        <source>%1 s ago</source>
        <extracomment>A claim lives this long without a heartbeat: a dead station&apos;s orders are free after it. Heartbeats per lease: two may be missed before the lease runs out.</extracomment>
        <translation>%1 วินาทีที่แล้ว</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 นาทีที่แล้ว</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 ชม. ที่แล้ว</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2 by %3, %4.</source>
        <translation>คำสั่งซื้อ %1 กำลังแพ็กอยู่ที่ %2 โดย %3 เมื่อ %4</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2, %3.</source>
        <translation>คำสั่งซื้อ %1 กำลังแพ็กอยู่ที่ %2 เมื่อ %3</translation>
    </message>
    <message>
        <source>packing</source>
        <extracomment>The journal&apos;s write actions as a packer reads them (&quot;left mid-%2&quot;); an unknown one shows as its code rather than nothing.</extracomment>
        <translation>แพ็ก</translation>
    </message>
    <message>
        <source>ready-to-ship</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>แพ็กใหม่</translation>
    </message>
    <message>
        <source>label printing</source>
        <translation>พิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>delivery confirmation</source>
        <translation>ยืนยันการส่งถึง</translation>
    </message>
    <message>
        <source>failed-delivery report</source>
        <translation>แจ้งส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>digital delivery</source>
        <translation>ส่งสินค้าดิจิทัล</translation>
    </message>
    <message>
        <source>Scan another order, or take this one over if that station has stopped.</source>
        <extracomment>called after this station claimed, released or lost an order (the list refreshes)</extracomment>
        <translation>สแกนคำสั่งซื้ออื่น หรือรับคำสั่งซื้อนี้มาทำต่อถ้าสถานีนั้นหยุดทำงานแล้ว</translation>
    </message>
    <message>
        <source>Order %1 was left mid-%2 by another station and Lazada could not be asked yet what happened.</source>
        <translation>สถานีอื่นทิ้งคำสั่งซื้อ %1 ไว้กลางขั้นตอน %2 และยังถาม Lazada ไม่ได้ว่าเกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Scan the order again in a moment.</source>
        <translation>รอสักครู่แล้วสแกนคำสั่งซื้ออีกครั้ง</translation>
    </message>
    <message>
        <source>A take-over needs a reason (it is kept in the journal).</source>
        <translation>การรับคำสั่งซื้อมาทำต่อต้องระบุเหตุผล (เก็บไว้ในบันทึก)</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Qty</source>
        <extracomment>Buyer text (notes, gift messages) longer than this is cut in the panel; the whole text is in the details tooltip. how wide the Package column may get: a package id&apos;s head and tail (&quot;FP0…54433&quot;), whole in the tooltip Lines of the order details the panel shows at most (never taller than the screen). the order now shown (an ``OrderRow``, or None): side panels follow it (packing video)</extracomment>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>No order selected</source>
        <extracomment>verification progress of the order open at the scan station (per SKU)</extracomment>
        <translation>ยังไม่ได้เลือกคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Select an order in the list or scan it.</source>
        <translation>เลือกคำสั่งซื้อในรายการหรือสแกน</translation>
    </message>
    <message>
        <source>Reprint label (Ctrl+P)</source>
        <translation>พิมพ์ใบปะหน้าซ้ำ (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preview label (Ctrl+Shift+V)</source>
        <translation>ดูตัวอย่างใบปะหน้า (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Repack… (Ctrl+Shift+R)</source>
        <translation>แพ็กใหม่… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>คำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>ปัญหา: %1</translation>
    </message>
    <message>
        <source>DIGITAL — no parcel; deliver with Ctrl+Shift+D</source>
        <translation>ดิจิทัล — ไม่มีกล่อง ส่งด้วย Ctrl+Shift+D</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n ชิ้น</numerusform>
        </translation>
    </message>
    <message>
        <source>GIFT: %1</source>
        <translation>ของขวัญ: %1</translation>
    </message>
    <message>
        <source>GIFT</source>
        <translation>ของขวัญ</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>พัสดุ %1</translation>
    </message>
    <message>
        <source>Tracking %1</source>
        <translation>เลขพัสดุ %1</translation>
    </message>
</context>
<context>
    <name>OrderPipeline</name>
    <message>
        <source>%1 (1 item)</source>
        <extracomment>Tells the packer (through the service&apos;s listeners) what a step did. item statuses of a parcel that has left the station for good the order&apos;s other parcels: (package id or tracking number, number of live rows) why nothing can be packed from this scan (&quot;&quot; when something can)</extracomment>
        <translation>%1 (1 ชิ้น)</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation>%1 (%2 ชิ้น)</translation>
    </message>
    <message>
        <source> Only this parcel is checked; other parcels of the order: %1.</source>
        <translation> ตรวจเฉพาะกล่องนี้ กล่องอื่นของคำสั่งซื้อ: %1</translation>
    </message>
    <message>
        <source>not packed yet</source>
        <translation>ยังไม่ได้แพ็ก</translation>
    </message>
    <message>
        <source>Order %1 has only digital items: nothing to pack. Deliver them at Lazada (Packing → Deliver digital items, Ctrl+Shift+D).</source>
        <translation>คำสั่งซื้อ %1 มีแต่สินค้าดิจิทัล: ไม่มีอะไรให้แพ็ก ส่งสินค้าผ่าน Lazada (แพ็ก → ส่งสินค้าดิจิทัล, Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Parcel %1 of order %2 has already shipped (%3): nothing to pack.</source>
        <translation>กล่อง %1 ของคำสั่งซื้อ %2 ส่งออกไปแล้ว (%3): ไม่มีอะไรให้แพ็ก</translation>
    </message>
    <message>
        <source>Order %1 has already shipped (%2): nothing to pack.</source>
        <translation>คำสั่งซื้อ %1 ส่งออกไปแล้ว (%2): ไม่มีอะไรให้แพ็ก</translation>
    </message>
    <message numerus="yes">
        <source> %n item(s) stay pending.</source>
        <translation>
            <numerusform> อีก %n ชิ้นยังรอแพ็ก</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 packed (%2).%3</source>
        <translation>แพ็กคำสั่งซื้อ %1 แล้ว (%2)%3</translation>
    </message>
    <message>
        <source>Order %1 was not changed: %2 (no items came back as the station knows them), so nothing was sent.</source>
        <extracomment>the state the running step is heading for (the next-action text while working)</extracomment>
        <translation>คำสั่งซื้อ %1 ไม่ได้เปลี่ยน: %2 (สินค้าที่ได้กลับมาไม่ตรงกับที่สถานีรู้) จึงไม่ได้ส่งอะไร</translation>
    </message>
    <message>
        <source>Scan DONE to read the order again.</source>
        <translation>สแกน DONE เพื่ออ่านคำสั่งซื้ออีกครั้ง</translation>
    </message>
    <message>
        <source>Label printed. Scan it on the parcel to confirm.</source>
        <translation>พิมพ์ใบปะหน้าแล้ว สแกนใบปะหน้าบนกล่องเพื่อยืนยัน</translation>
    </message>
    <message>
        <source>Lazada did not %1.</source>
        <translation>Lazada ไม่ได้%1</translation>
    </message>
    <message>
        <source>Scan %1 to try again.</source>
        <translation>สแกน %1 เพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last %1 of order %2 and cannot be checked right now (%3).</source>
        <translation>Lazada อาจทำ %1 ล่าสุดของคำสั่งซื้อ %2 แล้วหรือยังไม่ทำ และตรวจตอนนี้ไม่ได้ (%3)</translation>
    </message>
    <message>
        <source>Nothing is sent until it can be checked; scan DONE to check again.</source>
        <translation>จะไม่ส่งอะไรจนกว่าจะตรวจได้ สแกน DONE เพื่อตรวจอีกครั้ง</translation>
    </message>
    <message>
        <source>Part of order %1 is still packed from the refused attempt (%2); it is undone before the rest is packed, so the order ships in one parcel.</source>
        <translation>บางส่วนของคำสั่งซื้อ %1 ยังแพ็กค้างจากครั้งที่ถูกปฏิเสธ (%2) จะยกเลิกก่อนแพ็กส่วนที่เหลือ เพื่อให้ส่งเป็นกล่องเดียว</translation>
    </message>
    <message>
        <source>Scan DONE to try again.</source>
        <translation>สแกน DONE เพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Order %1 changed at Lazada: </source>
        <translation>คำสั่งซื้อ %1 เปลี่ยนที่ Lazada: </translation>
    </message>
    <message>
        <source>Take canceled items out of the parcel and scan CANCEL, or pack the rest with PARTIAL after undoing them.</source>
        <translation>นำสินค้าที่ถูกยกเลิกออกจากกล่องแล้วสแกน CANCEL หรือแพ็กที่เหลือด้วย PARTIAL หลังเอาออกแล้ว</translation>
    </message>
    <message>
        <source>Order %1 is already packed.</source>
        <translation>คำสั่งซื้อ %1 แพ็กแล้ว</translation>
    </message>
    <message>
        <source> The packed part was undone so the order ships in one parcel.</source>
        <translation> ส่วนที่แพ็กแล้วถูกยกเลิก เพื่อให้ส่งเป็นกล่องเดียว</translation>
    </message>
    <message>
        <source> Part of it is packed in %1.</source>
        <translation> บางส่วนแพ็กอยู่ใน %1</translation>
    </message>
    <message>
        <source>Lazada did not pack order %1: %2.%3</source>
        <translation>Lazada ไม่ได้แพ็กคำสั่งซื้อ %1: %2%3</translation>
    </message>
    <message>
        <source> The part Lazada packed was undone so the order ships in one parcel.</source>
        <translation> ส่วนที่ Lazada แพ็กแล้วถูกยกเลิก เพื่อให้ส่งเป็นกล่องเดียว</translation>
    </message>
    <message>
        <source> Part of it is packed in %1; that is undone first.</source>
        <translation> บางส่วนแพ็กอยู่ใน %1 จะยกเลิกส่วนนั้นก่อน</translation>
    </message>
    <message>
        <source>Lazada did not pack all of order %1 (its answer was lost and the order is still to pack).%2</source>
        <translation>Lazada แพ็กคำสั่งซื้อ %1 ไม่ครบ (คำตอบหายไปและคำสั่งซื้อยังรอแพ็ก)%2</translation>
    </message>
    <message>
        <source>Order %1 has no package to print a label for.</source>
        <translation>คำสั่งซื้อ %1 ไม่มีพัสดุให้พิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>พิมพ์ซ้ำแล้ว</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>พิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Label for order %1 %2.</source>
        <translation>ใบปะหน้าของคำสั่งซื้อ %1 %2</translation>
    </message>
    <message>
        <source>Order %1 cannot be set ready to ship: </source>
        <translation>ตั้งคำสั่งซื้อ %1 เป็นพร้อมส่งไม่ได้: </translation>
    </message>
    <message>
        <source>set order %1 ready to ship (its answer was lost and the package is still packed)</source>
        <translation>ตั้งคำสั่งซื้อ %1 เป็นพร้อมส่ง (คำตอบหายไปและพัสดุยังอยู่ในสถานะแพ็กแล้ว)</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship.</source>
        <translation>คำสั่งซื้อ %1 พร้อมส่งแล้ว</translation>
    </message>
    <message>
        <source>Lazada did not set order %1 ready to ship: %2</source>
        <translation>Lazada ไม่ได้ตั้งคำสั่งซื้อ %1 เป็นพร้อมส่ง: %2</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship (%2).</source>
        <translation>คำสั่งซื้อ %1 พร้อมส่งแล้ว (%2)</translation>
    </message>
    <message>
        <source>recreate the package of order %1</source>
        <translation>สร้างพัสดุของคำสั่งซื้อ %1 ใหม่</translation>
    </message>
    <message>
        <source>Lazada did not recreate the package of order %1: %2</source>
        <translation>Lazada ไม่ได้สร้างพัสดุของคำสั่งซื้อ %1 ใหม่: %2</translation>
    </message>
    <message>
        <source>Package %1 recreated: its label is void. Scan DONE to pack again.</source>
        <translation>สร้างพัสดุ %1 ใหม่แล้ว ใบปะหน้าเดิมใช้ไม่ได้ สแกน DONE เพื่อแพ็กอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>just now</source>
        <translation>เมื่อสักครู่</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n นาทีที่แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ชม. ที่แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n วันที่แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ cancel requested</source>
        <translation>⚠ ขอยกเลิก</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Texts the search index keeps results for (a few searches&apos; worth of keystrokes). Up to this many changed rows are merged in place; more (a full sync page) re-sort.</extracomment>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>ร้านค้า</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>ชำระเงิน</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>การจัดส่ง</translation>
    </message>
    <message>
        <source>Package / tracking</source>
        <translation>พัสดุ / เลขพัสดุ</translation>
    </message>
    <message>
        <source>Packing at</source>
        <translation>กำลังแพ็กที่</translation>
    </message>
    <message>
        <source>This station</source>
        <extracomment>{Tab: count} after every change of the book. The search index: text → visible positions for the current tab, shop and row order (cleared when any of them changes). A keystroke narrows the longest cached text it contains instead of all rows; backspacing is a lookup. a warehouse&apos;s live order claims (who packs what), and this station&apos;s id</extracomment>
        <translation>สถานีนี้</translation>
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
        <translation>เก็บเงินปลายทาง: ขนส่งเก็บเงินจากผู้รับ</translation>
    </message>
</context>
<context>
    <name>PackBatchDialog</name>
    <message>
        <source>local</source>
        <extracomment>The batch service&apos;s order groups (``Group`` values), as the packer reads them.</extracomment>
        <translation>ในประเทศ</translation>
    </message>
    <message>
        <source>cross-border</source>
        <translation>ข้ามประเทศ</translation>
    </message>
    <message>
        <source>delivered by seller</source>
        <translation>ร้านส่งเอง</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>ดิจิทัล</translation>
    </message>
    <message>
        <source>other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: เสร็จ %2 จาก %3</translation>
    </message>
    <message>
        <source>%1, %2 failed</source>
        <translation>%1, ไม่สำเร็จ %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>ร้านค้า</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>ถึงขั้น</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>ยังไม่ส่งอะไร</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>พิมพ์ใบปะหน้าแล้ว</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Pack &amp; ship — results</source>
        <translation>แพ็กและส่ง — ผลลัพธ์</translation>
    </message>
    <message>
        <source>&amp;Retry failed orders</source>
        <translation>ลองคำสั่งซื้อที่ล้มเหลวอีกครั้ง (&amp;R)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>FAILED (retry possible)</source>
        <translation>ล้มเหลว (ลองใหม่ได้)</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n can be retried (R).</source>
        <translation>
            <numerusform>%1 ลองใหม่ได้ %n รายการ (R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1: done.</source>
        <translation>คำสั่งซื้อ %1: เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry can help:</source>
        <translation>คำสั่งซื้อ %1 ไม่สำเร็จ; ลองใหม่ได้:</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry cannot help as is:</source>
        <translation>คำสั่งซื้อ %1 ไม่สำเร็จ; ลองใหม่แบบนี้ไม่ได้:</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n order(s)…</source>
        <translation>
            <numerusform>กำลังลองใหม่ %n คำสั่งซื้อ…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retry failed: %2</source>
        <translation>%1 ลองใหม่ไม่สำเร็จ: %2</translation>
    </message>
</context>
<context>
    <name>PackContext</name>
    <message>
        <source>Lazada answered with no items for it</source>
        <translation>Lazada ตอบกลับมาโดยไม่มีสินค้าเลย</translation>
    </message>
    <message>
        <source>Lazada answered with item rows that have no id</source>
        <translation>Lazada ตอบกลับมาพร้อมแถวสินค้าที่ไม่มี id</translation>
    </message>
    <message>
        <source>Lazada answered with items of another order</source>
        <translation>Lazada ตอบกลับมาเป็นสินค้าของคำสั่งซื้ออื่น</translation>
    </message>
    <message numerus="yes">
        <source>Lazada&apos;s answer leaves out %n of its items</source>
        <translation>
            <numerusform>คำตอบของ Lazada ขาดสินค้าไป %n ชิ้น</numerusform>
        </translation>
    </message>
    <message>
        <source>A shipment provider must be chosen for this order.</source>
        <extracomment>Asked when the shop must pick a shipment provider (``provider_choice == &quot;ask&quot;`` or no saved choice): returns the chosen ``provider_code`` or None when the packer declined. (shop_id, order_id) -&gt; packages of a partly refused Pack whose undo has not succeeded yet: settled before the order is packed again (one parcel per order) (shop_id, order_id) -&gt; the ``shipping_allocate_type`` GetShipmentProvider answered for the order (TFS local, NTFS cross-border): a batch groups by it before asking</extracomment>
        <translation>ต้องเลือกขนส่งสำหรับคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>Pick one in the provider dialog, or save one for the shop in Settings.</source>
        <translation>เลือกในหน้าต่างเลือกขนส่ง หรือบันทึกไว้สำหรับร้านใน การตั้งค่า</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Starting — checking unfinished work…</source>
        <translation>กำลังเริ่ม — ตรวจงานที่ค้างอยู่…</translation>
    </message>
    <message>
        <source>lazpack is still checking the last session with Lazada; scan again in a moment.</source>
        <translation>lazpack ยังตรวจรอบล่าสุดกับ Lazada อยู่ สแกนอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>Reprint cancelled.</source>
        <translation>ยกเลิกการพิมพ์ซ้ำแล้ว</translation>
    </message>
    <message>
        <source>Repack cancelled.</source>
        <translation>ยกเลิกการแพ็กใหม่แล้ว</translation>
    </message>
    <message>
        <source>Select orders in the list first.</source>
        <translation>เลือกคำสั่งซื้อในรายการก่อน</translation>
    </message>
    <message numerus="yes">
        <source>Packing and shipping %n order(s)…</source>
        <translation>
            <numerusform>กำลังแพ็กและส่ง %n คำสั่งซื้อ…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>Order %1 has nothing to pack (its items are canceled, shipped, digital or unpaid).</source>
        <extracomment>for UNKNOWN: the SKUs of the open order this barcode could be linked to Item statuses a packer can still work on at the station. Later ones (shipped...) and canceled rows are shown nowhere in the session: they are not in the parcel.</extracomment>
        <translation>คำสั่งซื้อ %1 ไม่มีอะไรให้แพ็ก (สินค้าถูกยกเลิก ส่งแล้ว เป็นดิจิทัล หรือยังไม่ชำระเงิน)</translation>
    </message>
    <message>
        <source>There is no item scan to undo.</source>
        <translation>ไม่มีการสแกนสินค้าให้ยกเลิก</translation>
    </message>
    <message>
        <source>The saved packing session cannot be restored (%1).</source>
        <translation>กู้คืนการแพ็กที่บันทึกไว้ไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>Open the order again; its state at Lazada is unchanged.</source>
        <translation>เปิดคำสั่งซื้ออีกครั้ง สถานะที่ Lazada ไม่เปลี่ยน</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>Scan an order or AWB</source>
        <extracomment>a scanned order has only digital items: offer DeliverDigital for it (the key) &quot;open another order?&quot; while one is being packed (a list pick, never a scan) False until start-up recovery ran: no scan or batch may write before it</extracomment>
        <translation>สแกนคำสั่งซื้อหรือใบปะหน้า</translation>
    </message>
    <message>
        <source>Ready to ship ✓ — scan the next order</source>
        <translation>พร้อมส่ง ✓ — สแกนคำสั่งซื้อถัดไป</translation>
    </message>
    <message>
        <source>Packing…</source>
        <extracomment>(flash, settled tint, text) per severity; light palette then dark palette kinds after which the service goes on by itself when the policy reaches that step</extracomment>
        <translation>กำลังแพ็ก…</translation>
    </message>
    <message>
        <source>Printing label…</source>
        <translation>กำลังพิมพ์ใบปะหน้า…</translation>
    </message>
    <message>
        <source>Marking ready to ship…</source>
        <translation>กำลังตั้งเป็นพร้อมส่ง…</translation>
    </message>
    <message>
        <source>Not finished — scan DONE to retry, or CANCEL</source>
        <translation>ยังไม่เสร็จ — สแกน DONE เพื่อลองใหม่ หรือ CANCEL</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>กำลังทำงาน…</translation>
    </message>
    <message>
        <source>Scan item %1 of %2: %3</source>
        <translation>สแกนสินค้าชิ้นที่ %1 จาก %2: %3</translation>
    </message>
    <message>
        <source>All items verified — scan DONE to pack</source>
        <translation>ตรวจครบทุกชิ้น — สแกน DONE เพื่อแพ็ก</translation>
    </message>
    <message>
        <source>Packed — scan DONE to print the label</source>
        <translation>แพ็กแล้ว — สแกน DONE เพื่อพิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>Scan the label on the parcel</source>
        <translation>สแกนใบปะหน้าบนกล่อง</translation>
    </message>
    <message>
        <source>Label printed — scan DONE for ready to ship</source>
        <translation>พิมพ์ใบปะหน้าแล้ว — สแกน DONE เพื่อพร้อมส่ง</translation>
    </message>
    <message>
        <source>No order open</source>
        <extracomment>&quot;ok&quot; | &quot;error&quot; | &quot;info&quot; | &quot;ready&quot; — the colour currently shown</extracomment>
        <translation>ยังไม่ได้เปิดคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation>%v จาก %m ชิ้น</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>คนแพ็ก: %1</translation>
    </message>
    <message>
        <source>Packer: — (scan your card)</source>
        <translation>คนแพ็ก: — (สแกนบัตรของคุณ)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>คำสั่งซื้อ %1</translation>
    </message>
</context>
<context>
    <name>PackersStep</name>
    <message>
        <source>Type the packers&apos; names, one per line (Latin letters, as on their card). Each gets a card with a barcode: scanning it logs the packer in.</source>
        <translation>พิมพ์ชื่อคนแพ็ก บรรทัดละหนึ่งชื่อ (ตัวอักษรภาษาอังกฤษ ตามบัตร) แต่ละคนจะได้บัตรที่มีบาร์โค้ด สแกนบัตรเพื่อเข้าสู่ระบบ</translation>
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
        <translation>พิมพ์บัตรคนแพ็ก… (&amp;P)</translation>
    </message>
    <message>
        <source>“%1” cannot go on a barcode card: use Latin letters and digits (no “:”). A Thai or Vietnamese name needs a Latin nickname here.</source>
        <translation>“%1” ใส่ในบัตรบาร์โค้ดไม่ได้: ใช้ตัวอักษรภาษาอังกฤษและตัวเลข (ไม่มี “:”) ชื่อภาษาไทยหรือเวียดนามต้องมีชื่อเล่นภาษาอังกฤษที่นี่</translation>
    </message>
    <message>
        <source>Packers: none yet</source>
        <translation>คนแพ็ก: ยังไม่มี</translation>
    </message>
    <message>
        <source>Type at least one name first.</source>
        <translation>พิมพ์ชื่ออย่างน้อยหนึ่งชื่อก่อน</translation>
    </message>
    <message numerus="yes">
        <source>Cards for %n packer(s) are ready to print.</source>
        <translation>
            <numerusform>บัตรของคนแพ็ก %n คนพร้อมพิมพ์แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackingService</name>
    <message>
        <source>Opening order %1…</source>
        <translation>กำลังเปิดคำสั่งซื้อ %1…</translation>
    </message>
    <message>
        <source>Empty scan ignored.</source>
        <translation>ไม่สนใจการสแกนว่าง</translation>
    </message>
    <message>
        <source>“%1” ignored: order %2 is still being processed. Scan again when it is done.</source>
        <translation>ไม่สนใจ “%1”: คำสั่งซื้อ %2 ยังดำเนินการอยู่ สแกนอีกครั้งเมื่อเสร็จ</translation>
    </message>
    <message>
        <source>Scan an order first.</source>
        <extracomment>order claims across the stations of a warehouse (None: this PC is alone) the claim of the order a scan is opening (warehouse), answered in the background a pick list&apos;s barcode (``#LP:WAVE:&lt;id&gt;``) scanned: its orders&apos; summary (or raises ``WorkflowError``); the station&apos;s ``PickingService`` answers it asked before an order is opened: a refusal in the packer&apos;s words, or &quot;&quot; (the packing video&apos;s &quot;require video&quot; while the camera is not recording)</extracomment>
        <translation>สแกนคำสั่งซื้อก่อน</translation>
    </message>
    <message>
        <source>“%1” not counted: %2</source>
        <translation>ไม่นับ “%1”: %2</translation>
    </message>
    <message>
        <source>Too many: %1 — %2 is already complete (%3 of %4). Put this one back.</source>
        <translation>เกิน: %1 — %2 ครบแล้ว (%3 จาก %4) วางชิ้นนี้คืน</translation>
    </message>
    <message>
        <source>confirmed without barcode</source>
        <translation>ยืนยันโดยไม่ใช้บาร์โค้ด</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>ผ่าน %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2: %3 จาก %4</translation>
    </message>
    <message>
        <source>%1. All %2 items verified.</source>
        <translation>%1 ตรวจครบทั้ง %2 ชิ้นแล้ว</translation>
    </message>
    <message>
        <source>Packing…</source>
        <translation>กำลังแพ็ก…</translation>
    </message>
    <message>
        <source>Order %1 is not in the open orders list.</source>
        <translation>คำสั่งซื้อ %1 ไม่อยู่ในรายการคำสั่งซื้อที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Wait until the current order is done.</source>
        <translation>รอจนคำสั่งซื้อปัจจุบันเสร็จ</translation>
    </message>
    <message>
        <source>“%1” is another parcel of order %2. Finish this parcel (%3) first, or scan CANCEL.</source>
        <translation>“%1” เป็นอีกกล่องหนึ่งของคำสั่งซื้อ %2 ทำกล่องนี้ (%3) ให้เสร็จก่อน หรือสแกน CANCEL</translation>
    </message>
    <message>
        <source>Wrong label: “%1” belongs to order %2, not to order %3.</source>
        <translation>ใบปะหน้าผิด: “%1” เป็นของคำสั่งซื้อ %2 ไม่ใช่คำสั่งซื้อ %3</translation>
    </message>
    <message>
        <source>Order %1 is still open (%2 of %3 verified, %4). Finish it or scan CANCEL before opening order %5.</source>
        <translation>คำสั่งซื้อ %1 ยังเปิดอยู่ (ตรวจแล้ว %2 จาก %3, %4) ทำให้เสร็จหรือสแกน CANCEL ก่อนเปิดคำสั่งซื้อ %5</translation>
    </message>
    <message>
        <source>Deliver digital items (Ctrl+Shift+D)</source>
        <translation>ส่งสินค้าดิจิทัล (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source> It is already ready to ship at Lazada.</source>
        <translation> พร้อมส่งที่ Lazada แล้ว</translation>
    </message>
    <message>
        <source> Already packed at Lazada (%1).</source>
        <translation> แพ็กที่ Lazada แล้ว (%1)</translation>
    </message>
    <message>
        <source>Order %1 (%2): %3.%4</source>
        <translation>คำสั่งซื้อ %1 (%2): %3%4</translation>
    </message>
    <message>
        <source>Label %1 belongs to order %2.</source>
        <translation>ใบปะหน้า %1 เป็นของคำสั่งซื้อ %2</translation>
    </message>
    <message>
        <source>Order %1 is already open.</source>
        <translation>คำสั่งซื้อ %1 เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>Wait: the current step is still running.</source>
        <translation>รอก่อน: ขั้นตอนปัจจุบันยังทำงานอยู่</translation>
    </message>
    <message>
        <source>Pick lists are not available at this station.</source>
        <translation>ใช้ใบหยิบสินค้าที่สถานีนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Packer: %1.</source>
        <translation>คนแพ็ก: %1</translation>
    </message>
    <message>
        <source>Packer logged out.</source>
        <translation>คนแพ็กออกจากระบบแล้ว</translation>
    </message>
    <message>
        <source>No order is open.</source>
        <translation>ยังไม่ได้เปิดคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>%1 different items are missing: choose the one to confirm on screen.</source>
        <translation>ขาดสินค้า %1 แบบ: เลือกชิ้นที่จะยืนยันบนหน้าจอ</translation>
    </message>
    <message>
        <source>%1 is not in order %2.</source>
        <translation>%1 ไม่อยู่ในคำสั่งซื้อ %2</translation>
    </message>
    <message>
        <source>Open the order first, then link the barcode.</source>
        <translation>เปิดคำสั่งซื้อก่อน แล้วจึงเชื่อมบาร์โค้ด</translation>
    </message>
    <message>
        <source>“%1” cannot be linked to an item.</source>
        <translation>“%1” เชื่อมกับสินค้าไม่ได้</translation>
    </message>
    <message>
        <source>“%1” already means %2.</source>
        <translation>“%1” หมายถึง %2 อยู่แล้ว</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” คือ %2 แล้ว</translation>
    </message>
    <message>
        <source>manual confirmation</source>
        <translation>ยืนยันด้วยมือ</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>สแกน</translation>
    </message>
    <message>
        <source>Took back one %1 (%2): %3 of %4.</source>
        <translation>เอาคืน %1 หนึ่งชิ้น (%2): %3 จาก %4</translation>
    </message>
    <message>
        <source>Order %1 cancelled at the station; nothing was sent to Lazada.</source>
        <translation>ยกเลิกคำสั่งซื้อ %1 ที่สถานีแล้ว ไม่ได้ส่งอะไรไป Lazada</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message>
        <source>packed (%1)</source>
        <translation>แพ็กแล้ว (%1)</translation>
    </message>
    <message>
        <source>Order %1 closed; it stays %2 at Lazada.</source>
        <translation>ปิดคำสั่งซื้อ %1 แล้ว ที่ Lazada ยังเป็น %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Scan them, confirm them manually, or scan PARTIAL to pack only the verified ones.</source>
        <translation>
            <numerusform>ยังขาด %n ชิ้น สแกนให้ครบ ยืนยันด้วยมือ หรือสแกน PARTIAL เพื่อแพ็กเฉพาะที่ตรวจแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the label on the parcel first.</source>
        <translation>สแกนใบปะหน้าบนกล่องก่อน</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>กำลังทำงาน…</translation>
    </message>
    <message>
        <source>Verify at least one item before packing part of an order.</source>
        <translation>ตรวจสินค้าอย่างน้อยหนึ่งชิ้นก่อนแพ็กบางส่วน</translation>
    </message>
    <message>
        <source>Packing %1 of %2 items; the rest stays pending.</source>
        <translation>กำลังแพ็ก %1 จาก %2 ชิ้น ที่เหลือยังรอ</translation>
    </message>
    <message>
        <source>There is no packed order with a label to print.</source>
        <translation>ไม่มีคำสั่งซื้อที่แพ็กแล้วให้พิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>Delivered-by-seller orders have no AWB label.</source>
        <translation>คำสั่งซื้อที่ร้านส่งเองไม่มีใบปะหน้า AWB</translation>
    </message>
    <message>
        <source>Printing the label again…</source>
        <translation>กำลังพิมพ์ใบปะหน้าซ้ำ…</translation>
    </message>
    <message>
        <source>Only a packed order that is not ready to ship can be repacked.</source>
        <translation>แพ็กใหม่ได้เฉพาะคำสั่งซื้อที่แพ็กแล้วและยังไม่พร้อมส่ง</translation>
    </message>
    <message>
        <source>Recreating the package…</source>
        <translation>กำลังสร้างพัสดุใหม่…</translation>
    </message>
    <message>
        <source>Internal error: %1: %2</source>
        <translation>ข้อผิดพลาดภายใน: %1: %2</translation>
    </message>
    <message>
        <source>Order %1 was not resumed here: %2</source>
        <translation>ไม่ได้ทำคำสั่งซื้อ %1 ต่อที่นี่: %2</translation>
    </message>
    <message>
        <source>Resumed order %1 where it stopped: %2 of %3 verified, %4.</source>
        <translation>ทำคำสั่งซื้อ %1 ต่อจากที่ค้างไว้: ตรวจแล้ว %2 จาก %3, %4</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The document cannot be shown (%1).</source>
        <extracomment>preview width of one page in pixels (readable at 1366×768)</extracomment>
        <translation>แสดงเอกสารไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>พิมพ์… (&amp;P)</translation>
    </message>
</context>
<context>
    <name>PickingService</name>
    <message>
        <source>Not found among the open orders: %1.</source>
        <extracomment>``Settings.ui`` key of the saved A4 printer for pick lists (the window and the CLI). Thumbnails fetched at once for a pick list. order numbers or order ids</extracomment>
        <translation>ไม่พบในคำสั่งซื้อที่เปิดอยู่: %1</translation>
    </message>
    <message>
        <source>Check the order numbers, or sync the shop first.</source>
        <translation>ตรวจเลขคำสั่งซื้อ หรือซิงก์ร้านค้าก่อน</translation>
    </message>
    <message>
        <source>%1 chosen orders</source>
        <extracomment>order numbers that need it</extracomment>
        <translation>คำสั่งซื้อที่เลือก %1 รายการ</translation>
    </message>
    <message>
        <source>All open orders</source>
        <translation>คำสั่งซื้อที่เปิดอยู่ทั้งหมด</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack, %4 no longer open.</source>
        <translation>ใบหยิบสินค้า #%1: %2 คำสั่งซื้อ, รอแพ็ก %3, ไม่เปิดอยู่แล้ว %4</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack.</source>
        <translation>ใบหยิบสินค้า #%1: %2 คำสั่งซื้อ, รอแพ็ก %3</translation>
    </message>
    <message>
        <source>None of the chosen orders is open at this station any more.</source>
        <extracomment>the wave last scanned at the station, and who wants to know</extracomment>
        <translation>คำสั่งซื้อที่เลือกไม่มีรายการใดเปิดอยู่ที่สถานีนี้แล้ว</translation>
    </message>
    <message>
        <source>No orders match: there is nothing to pick.</source>
        <translation>ไม่มีคำสั่งซื้อที่ตรงเงื่อนไข: ไม่มีอะไรให้หยิบ</translation>
    </message>
    <message>
        <source>Choose other orders, another status or shipping provider.</source>
        <translation>เลือกคำสั่งซื้ออื่น สถานะอื่น หรือขนส่งอื่น</translation>
    </message>
    <message>
        <source>Pick list (wave) %1 is not known at this station.</source>
        <translation>สถานีนี้ไม่รู้จักใบหยิบสินค้า (wave) %1</translation>
    </message>
    <message>
        <source>“%1” is not the number of a pick list.</source>
        <translation>“%1” ไม่ใช่เลขใบหยิบสินค้า</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>• %1: printed %2×</source>
        <translation>• %1: พิมพ์แล้ว %2 ครั้ง</translation>
    </message>
    <message>
        <source>Print the label again?</source>
        <translation>พิมพ์ใบปะหน้าซ้ำไหม?</translation>
    </message>
    <message>
        <source>These labels were printed already:
%1

Reprint only if the first label is lost or damaged.</source>
        <translation>ใบปะหน้าเหล่านี้พิมพ์ไปแล้ว:
%1

พิมพ์ซ้ำเฉพาะเมื่อใบแรกหายหรือเสียหาย</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 มม.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>บันทึกใบปะหน้าเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing “%1” failed (%2). The details are in the log.</source>
        <extracomment>A4 jobs still running (a task the loop only holds weakly would be collected mid-job)</extracomment>
        <translation>พิมพ์ “%1” ไม่สำเร็จ (%2) รายละเอียดอยู่ในไฟล์ล็อก</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (ไม่พบ)</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Label printer</source>
        <translation>เครื่องพิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>Ask every time (system print dialog)</source>
        <translation>ถามทุกครั้ง (หน้าต่างพิมพ์ของระบบ)</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>พิมพ์ทดสอบ</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>แนวกระดาษ</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>จำนวนสำเนา</translation>
    </message>
    <message>
        <source>Test label sent. Its frame must be closed and every ruler start at 0.</source>
        <translation>ส่งใบทดสอบแล้ว กรอบต้องปิดสนิท และไม้บรรทัดทุกอันเริ่มที่ 0</translation>
    </message>
</context>
<context>
    <name>PrinterStep</name>
    <message>
        <source>&amp;Yes, whole</source>
        <extracomment>&quot;did it come out whole?&quot; → what lazpack changes</extracomment>
        <translation>ใช่ ครบทั้งใบ (&amp;Y)</translation>
    </message>
    <message>
        <source>No, &amp;turned sideways</source>
        <translation>ไม่ใช่ หมุนตะแคง (&amp;T)</translation>
    </message>
    <message>
        <source>No, &amp;cut off at an edge</source>
        <translation>ไม่ใช่ ขอบถูกตัด (&amp;C)</translation>
    </message>
    <message>
        <source>No, too s&amp;mall</source>
        <translation>ไม่ใช่ เล็กเกินไป (&amp;M)</translation>
    </message>
    <message>
        <source>Pick the printer that prints the shipping labels, print a test label and look at it: lazpack fixes the size and orientation from your answer and then prints every label there without asking.</source>
        <translation>เลือกเครื่องพิมพ์ที่พิมพ์ใบปะหน้า พิมพ์ใบทดสอบแล้วดู lazpack จะแก้ขนาดและแนวตามคำตอบ แล้วพิมพ์ใบปะหน้าทุกใบที่นั่นโดยไม่ถาม</translation>
    </message>
    <message>
        <source>&amp;Print a test label</source>
        <translation>พิมพ์ใบทดสอบ (&amp;P)</translation>
    </message>
    <message>
        <source>Did it come out whole: frame closed, rulers start at 0?</source>
        <translation>ออกมาครบไหม: กรอบปิดสนิท ไม้บรรทัดเริ่มที่ 0?</translation>
    </message>
    <message>
        <source>No printer is installed on this PC. Install the label printer&apos;s driver (or connect it), then come back with Station → Set up this desk…</source>
        <translation>เครื่องนี้ไม่มีเครื่องพิมพ์ ติดตั้งไดรเวอร์เครื่องพิมพ์ใบปะหน้า (หรือต่อเครื่อง) แล้วกลับมาที่ สถานี → ตั้งค่าโต๊ะนี้…</translation>
    </message>
    <message>
        <source>Test label sent to “%1”. Look at it, then answer:</source>
        <translation>ส่งใบทดสอบไปที่ “%1” แล้ว ดูแล้วตอบ:</translation>
    </message>
    <message>
        <source>Saved: labels print on “%1” without asking (%2).</source>
        <translation>บันทึกแล้ว: ใบปะหน้าพิมพ์ที่ “%1” โดยไม่ถาม (%2)</translation>
    </message>
    <message>
        <source>Label printer: %1</source>
        <translation>เครื่องพิมพ์ใบปะหน้า: %1</translation>
    </message>
    <message>
        <source>lazpack now turns the label (%1).</source>
        <translation>ตอนนี้ lazpack หมุนใบปะหน้าให้ (%1)</translation>
    </message>
    <message>
        <source>The label is already the smallest size lazpack knows. Set the paper size in the printer&apos;s own settings (Printers → Preferences) to the labels loaded in it.</source>
        <translation>ใบปะหน้าเล็กสุดที่ lazpack รู้จักแล้ว ตั้งขนาดกระดาษในการตั้งค่าของเครื่องพิมพ์ (เครื่องพิมพ์ → กำหนดลักษณะ) ให้ตรงกับใบปะหน้าที่ใส่อยู่</translation>
    </message>
    <message>
        <source>lazpack now uses %1.</source>
        <translation>ตอนนี้ lazpack ใช้ %1</translation>
    </message>
    <message>
        <source>lazpack now sets the label size on this printer. If it is still small, set the paper size in the printer&apos;s own settings (Printers → Preferences) to 100 × 150 mm.</source>
        <translation>ตอนนี้ lazpack ตั้งขนาดใบปะหน้าบนเครื่องพิมพ์นี้ ถ้ายังเล็กอยู่ ให้ตั้งขนาดกระดาษในการตั้งค่าของเครื่องพิมพ์ (เครื่องพิมพ์ → กำหนดลักษณะ) เป็น 100 × 150 มม.</translation>
    </message>
    <message>
        <source>%1 Print the test label again to check.</source>
        <translation>%1 พิมพ์ใบทดสอบอีกครั้งเพื่อตรวจ</translation>
    </message>
</context>
<context>
    <name>ProviderDecision</name>
    <message>
        <source>Shipment provider %1 is not offered for this order.</source>
        <translation>คำสั่งซื้อนี้ไม่มีขนส่ง %1 ให้เลือก</translation>
    </message>
    <message>
        <source>Pick one of the providers in the list.</source>
        <translation>เลือกขนส่งจากรายการ</translation>
    </message>
</context>
<context>
    <name>ProviderPickerDialog</name>
    <message>
        <source>Choose the shipment provider</source>
        <translation>เลือกขนส่ง</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1) for %2:</source>
        <translation>Lazada ต้องการขนส่ง (%1) สำหรับ %2:</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1):</source>
        <translation>Lazada ต้องการขนส่ง (%1):</translation>
    </message>
    <message>
        <source>↑/↓ to move, Enter to choose, Esc to cancel. The choice is remembered.</source>
        <translation>↑/↓ เลื่อน, Enter เลือก, Esc ยกเลิก ระบบจะจำตัวเลือกไว้</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s standard buttons (OK, Cancel, Yes…) are translated by Qt in context &quot;QPlatformTheme&quot;; Qt ships no Thai, Vietnamese, Indonesian, Malay or Filipino file, so lazpack&apos;s own .ts carries them (listed here for lupdate).</extracomment>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ (&amp;N)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>ตัวเลือก (&amp;O) &gt;&gt;</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>not applied: printing changes nothing at Lazada; print again if needed</source>
        <extracomment>Statuses an item reaches only after a successful Pack. Statuses an item reaches only after a successful ReadyToShip. Actions that change nothing at Lazada, so repeating them is harmless there. Fresh items per order, so the caller can reopen the order panel without a read.</extracomment>
        <translation>ไม่ได้ทำ: การพิมพ์ไม่เปลี่ยนอะไรที่ Lazada พิมพ์ใหม่ถ้าจำเป็น</translation>
    </message>
    <message>
        <source>not applied: the intent names no order, nothing to check</source>
        <translation>ไม่ได้ทำ: ไม่ระบุคำสั่งซื้อ ไม่มีอะไรให้ตรวจ</translation>
    </message>
    <message>
        <source>not applied: Lazada does not know order %1 (%2)</source>
        <translation>ไม่ได้ทำ: Lazada ไม่รู้จักคำสั่งซื้อ %1 (%2)</translation>
    </message>
    <message>
        <source>unknown: order %1 could not be read (%2); nothing is sent until it can</source>
        <translation>ไม่ทราบผล: อ่านคำสั่งซื้อ %1 ไม่ได้ (%2) จะไม่ส่งอะไรจนกว่าจะอ่านได้</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>ready to ship</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>ส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>not applied: lazpack cannot check a %1 at Lazada</source>
        <translation>ไม่ได้ทำ: lazpack ตรวจ %1 ที่ Lazada ไม่ได้</translation>
    </message>
    <message>
        <source>not applied: the items were canceled</source>
        <translation>ไม่ได้ทำ: สินค้าถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>applied: packed in %1</source>
        <translation>ทำแล้ว: แพ็กใน %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (in %3); %4 still to pack</source>
        <translation>ทำแล้ว %1 จาก %2 ชิ้น (ใน %3) ยังรอแพ็ก %4</translation>
    </message>
    <message>
        <source>not applied: the items are still to pack</source>
        <translation>ไม่ได้ทำ: สินค้ายังรอแพ็ก</translation>
    </message>
    <message>
        <source>not applied: the items are %1</source>
        <translation>ไม่ได้ทำ: สินค้าอยู่ในสถานะ %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (%3); the rest still to do</source>
        <translation>ทำแล้ว %1 จาก %2 ชิ้น (%3) ที่เหลือยังต้องทำ</translation>
    </message>
    <message>
        <source>not applied: the items are still %1</source>
        <translation>ไม่ได้ทำ: สินค้ายังเป็น %1</translation>
    </message>
    <message>
        <source>not applied: still packed in %1</source>
        <translation>ไม่ได้ทำ: ยังแพ็กอยู่ใน %1</translation>
    </message>
    <message>
        <source>applied: the package was recreated</source>
        <translation>ทำแล้ว: สร้างพัสดุใหม่แล้ว</translation>
    </message>
    <message>
        <source>applied: the old package is gone</source>
        <translation>ทำแล้ว: พัสดุเดิมไม่มีแล้ว</translation>
    </message>
    <message>
        <source> (package %1)</source>
        <translation> (พัสดุ %1)</translation>
    </message>
    <message>
        <source>Order %1 is already packed%2; not packing it again.</source>
        <translation>คำสั่งซื้อ %1 แพ็กแล้ว%2 ไม่แพ็กซ้ำ</translation>
    </message>
    <message>
        <source>Item %1 is %2 at Lazada; it cannot be packed.</source>
        <translation>สินค้า %1 เป็น %2 ที่ Lazada แพ็กไม่ได้</translation>
    </message>
    <message>
        <source>Item %1 is no longer in the order at Lazada.</source>
        <translation>สินค้า %1 ไม่อยู่ในคำสั่งซื้อที่ Lazada แล้ว</translation>
    </message>
    <message>
        <source>Package %1 has no live items at Lazada (canceled or repacked).</source>
        <translation>พัสดุ %1 ไม่มีสินค้าที่ใช้งานอยู่ที่ Lazada (ถูกยกเลิกหรือแพ็กใหม่)</translation>
    </message>
    <message>
        <source>Package %1 is already ready to ship; nothing sent.</source>
        <translation>พัสดุ %1 พร้อมส่งแล้ว ไม่ได้ส่งอะไร</translation>
    </message>
    <message>
        <source>Package %1 cannot be set ready to ship: items are %2.</source>
        <translation>ตั้งพัสดุ %1 เป็นพร้อมส่งไม่ได้: สินค้าเป็น %2</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>บันทึก (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keep history for</source>
        <translation>เก็บประวัติไว้ (&amp;K)</translation>
    </message>
    <message>
        <source>Journal lines older than this are removed when lazpack starts. Writes to Lazada whose outcome is still unknown are always kept.</source>
        <translation>บรรทัดบันทึกที่เก่ากว่านี้จะถูกลบเมื่อเริ่ม lazpack คำสั่งที่ส่งไป Lazada ซึ่งยังไม่ทราบผลจะเก็บไว้เสมอ</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>“%1” is not a lazpack command barcode.</source>
        <translation>“%1” ไม่ใช่บาร์โค้ดคำสั่งของ lazpack</translation>
    </message>
    <message>
        <source>“%1” matches several items of this order: %2. Confirm the right one on screen.</source>
        <translation>“%1” ตรงกับสินค้าหลายชิ้นในคำสั่งซื้อนี้: %2 ยืนยันชิ้นที่ถูกบนหน้าจอ</translation>
    </message>
    <message>
        <source>“%1” matches several orders: %2. Open the right one in the list.</source>
        <translation>“%1” ตรงกับหลายคำสั่งซื้อ: %2 เปิดคำสั่งซื้อที่ถูกจากรายการ</translation>
    </message>
</context>
<context>
    <name>ScanProbe</name>
    <message>
        <source>Scan the barcode above now…</source>
        <translation>สแกนบาร์โค้ดด้านบนตอนนี้…</translation>
    </message>
</context>
<context>
    <name>ScannerStep</name>
    <message>
        <source>Scan the barcode below with the desk&apos;s scanner. lazpack checks that it reads letters and digits right, ends with Enter, and types fast enough to be told apart from a person. If nothing appears, the scanner is not connected or sends no Enter/Tab: check the cable, then scan its “Add Enter” setting code.</source>
        <translation>สแกนบาร์โค้ดด้านล่างด้วยเครื่องสแกนของโต๊ะ lazpack ตรวจว่าอ่านตัวอักษรและตัวเลขถูก ลงท้ายด้วย Enter และพิมพ์เร็วพอที่จะแยกจากคนพิมพ์ ถ้าไม่มีอะไรขึ้น แสดงว่าเครื่องสแกนไม่ได้ต่อหรือไม่ส่ง Enter/Tab ให้ตรวจสาย แล้วสแกนโค้ดตั้งค่า “Add Enter”</translation>
    </message>
    <message>
        <source>✓ The scanner works: right characters, Enter at the end, fast.</source>
        <translation>✓ เครื่องสแกนใช้ได้: ตัวอักษรถูก ลงท้ายด้วย Enter และเร็ว</translation>
    </message>
    <message>
        <source>Scanner: works</source>
        <translation>เครื่องสแกน: ใช้ได้</translation>
    </message>
    <message>
        <source>

Change it, then scan the barcode again.</source>
        <translation>

เปลี่ยนแล้วสแกนบาร์โค้ดอีกครั้ง</translation>
    </message>
    <message>
        <source>Scanner: works (ends with Tab)</source>
        <translation>เครื่องสแกน: ใช้ได้ (ลงท้ายด้วย Tab)</translation>
    </message>
</context>
<context>
    <name>ScannerVerdict</name>
    <message>
        <source>The letters came out in lower case: turn Caps Lock off.</source>
        <extracomment>keys and then no Enter/Tab for this long: the scanner sends no suffix the code the scanner test shows: letters and digits, so a wrong layout shows in both what the keys typed on this PC&apos;s layout the code read from the keys as the station reads it is the test code the station&apos;s scan router takes these keys for a scanner&apos;s burst the code as the station reads it (by key position, whatever the layout)</extracomment>
        <translation>ตัวอักษรออกมาเป็นตัวพิมพ์เล็ก: ปิด Caps Lock</translation>
    </message>
    <message>
        <source>The scanner typed “%1” instead of “%2”: this PC&apos;s keyboard layout changes what the scanner types. Switch the keyboard to English (US) while packing, or set the scanner&apos;s keyboard country to match the PC (see its manual).</source>
        <translation>เครื่องสแกนพิมพ์ “%1” แทน “%2”: ผังแป้นพิมพ์ของเครื่องนี้เปลี่ยนสิ่งที่เครื่องสแกนพิมพ์ ให้เปลี่ยนแป้นพิมพ์เป็นภาษาอังกฤษ (US) ขณะแพ็ก หรือตั้งประเทศแป้นพิมพ์ของเครื่องสแกนให้ตรงกับเครื่อง (ดูคู่มือ)</translation>
    </message>
    <message>
        <source>That was typed slowly (%1 ms between keys): lazpack recognises a scanner by its speed (a key every 5–15 ms). If that was the scanner, set it to its fastest USB keyboard speed; by hand, use the scan field instead.</source>
        <translation>พิมพ์ช้า (%1 มิลลิวินาทีต่อปุ่ม): lazpack จำเครื่องสแกนจากความเร็ว (ปุ่มละ 5–15 มิลลิวินาที) ถ้าเป็นเครื่องสแกน ให้ตั้งความเร็วแป้นพิมพ์ USB สูงสุด ถ้าพิมพ์เอง ให้ใช้ช่องสแกนแทน</translation>
    </message>
    <message>
        <source>The code came without Enter at its end: lazpack takes a code when Enter (or Tab) follows it. Scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>โค้ดมาโดยไม่มี Enter ต่อท้าย: lazpack รับโค้ดเมื่อมี Enter (หรือ Tab) ตามหลัง สแกนบาร์โค้ด “Add Enter (CR) suffix” ในคู่มือเครื่องสแกน</translation>
    </message>
    <message>
        <source>The scanner ends each code with Tab. lazpack accepts it, but Enter works in every program: scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>เครื่องสแกนลงท้ายโค้ดด้วย Tab lazpack รับได้ แต่ Enter ใช้ได้กับทุกโปรแกรม: สแกนบาร์โค้ด “Add Enter (CR) suffix” ในคู่มือเครื่องสแกน</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Serial scanners are not supported here: %1</source>
        <extracomment>GS1&apos;s group separator (FNC1 as transmitted): a wedge types it as Ctrl+] with this text a scanner presses Shift for capitals and some symbols: those presses are part of a burst a wedge&apos;s longest usual gap between keys (it types one every 5–15 ms; a person needs 80+) the longest pause inside a burst (a loaded PC or USB hub stalls a few of its keys) the longest gap between keys (the scan field&apos;s run: fast means a scanner typed it) gaps longer than a scanner&apos;s (a busy PC or USB hub stalls a burst now and then) copies of the held key presses, replayed to ``widget`` if this was typing after all None: the key events&apos; timestamps (monotonic time for events without one) the Vietnamese input method whose composed letters a burst is taken apart with (the station setting ``packing.scanner_composer``, Settings → Vietnamese typing) the longest pause inside a burst; only a few of its gaps may exceed ``max_gap_s`` a pause after which held keys cannot be a burst any more: they are given back then</extracomment>
        <translation>ไม่รองรับเครื่องสแกนแบบซีเรียลที่นี่: %1</translation>
    </message>
    <message>
        <source>Cannot open scanner port %1: %2</source>
        <translation>เปิดพอร์ตเครื่องสแกน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Stop after verifying (I scan DONE to pack)</source>
        <translation>หยุดหลังตรวจ (ฉันสแกน DONE เพื่อแพ็ก)</translation>
    </message>
    <message>
        <source>Pack automatically, then wait</source>
        <translation>แพ็กอัตโนมัติ แล้วรอ</translation>
    </message>
    <message>
        <source>Pack and print the label automatically</source>
        <translation>แพ็กและพิมพ์ใบปะหน้าอัตโนมัติ</translation>
    </message>
    <message>
        <source>Pack, print and mark ready to ship automatically</source>
        <translation>แพ็ก พิมพ์ และตั้งพร้อมส่งอัตโนมัติ</translation>
    </message>
    <message>
        <source>Lazada allocates the provider</source>
        <translation>Lazada เลือกขนส่งให้</translation>
    </message>
    <message>
        <source>Use my saved provider per shop</source>
        <translation>ใช้ขนส่งที่บันทึกไว้ของแต่ละร้าน</translation>
    </message>
    <message>
        <source>Ask me every time</source>
        <translation>ถามทุกครั้ง</translation>
    </message>
    <message>
        <source>Order first: scan the order, then the items</source>
        <translation>คำสั่งซื้อก่อน: สแกนคำสั่งซื้อ แล้วสแกนสินค้า</translation>
    </message>
    <message>
        <source>Label first: labels printed in a batch, scan the label to verify</source>
        <translation>ใบปะหน้าก่อน: พิมพ์ใบปะหน้าเป็นชุด สแกนใบปะหน้าเพื่อตรวจ</translation>
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
        <translation>การตั้งค่าสถานี</translation>
    </message>
    <message>
        <source>Scan the printed label on the parcel before ready to ship</source>
        <translation>สแกนใบปะหน้าที่พิมพ์บนกล่องก่อนพร้อมส่ง</translation>
    </message>
    <message>
        <source>Play sounds on every scan</source>
        <translation>เล่นเสียงทุกครั้งที่สแกน</translation>
    </message>
    <message>
        <source>The Vietnamese typing method of this PC: scans it rewrites are read back</source>
        <translation>วิธีพิมพ์ภาษาเวียดนามของเครื่องนี้: สแกนที่ถูกแปลงไปจะอ่านกลับเป็นโค้ดเดิม</translation>
    </message>
    <message>
        <source>empty: keyboard scanner only (e.g. COM3, /dev/ttyACM0)</source>
        <translation>ว่าง: ใช้เครื่องสแกนแบบคีย์บอร์ดอย่างเดียว (เช่น COM3, /dev/ttyACM0)</translation>
    </message>
    <message>
        <source>Label &amp;printer…</source>
        <translation>เครื่องพิมพ์ใบปะหน้า… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Warehouse…</source>
        <translation>คลังสินค้า(&amp;W)…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Packer name</source>
        <translation>ชื่อคนแพ็ก</translation>
    </message>
    <message>
        <source>After the last item</source>
        <translation>หลังสินค้าชิ้นสุดท้าย</translation>
    </message>
    <message>
        <source>Shipment provider</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>ลำดับงาน</translation>
    </message>
    <message>
        <source>Vietnamese typing</source>
        <translation>การพิมพ์ภาษาเวียดนาม</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>พอร์ตเครื่องสแกนแบบซีเรียล</translation>
    </message>
    <message>
        <source>Changes apply at once; the serial scanner reconnects.</source>
        <translation>มีผลทันที เครื่องสแกนแบบซีเรียลจะเชื่อมต่อใหม่</translation>
    </message>
    <message>
        <source>ask with the print dialog</source>
        <translation>ถามผ่านหน้าต่างพิมพ์</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <source>this PC&apos;s own journal</source>
        <translation>บันทึกของเครื่องนี้เอง</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Choose the language of this desk. Menus, messages, labels and slips use it.</source>
        <translation>เลือกภาษาของโต๊ะนี้ เมนู ข้อความ ใบปะหน้า และใบส่งของจะใช้ภาษานี้</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>ภาษา: %1</translation>
    </message>
    <message>
        <source>Who packs at this desk?</source>
        <translation>ใครแพ็กที่โต๊ะนี้?</translation>
    </message>
    <message>
        <source>The label printer</source>
        <extracomment>the next paper to try when the label is cut off (the printer&apos;s roll is smaller)</extracomment>
        <translation>เครื่องพิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>The scanner</source>
        <translation>เครื่องสแกน</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>เสียง</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>ร้านค้า</translation>
    </message>
    <message>
        <source>Set up this desk</source>
        <translation>ตั้งค่าโต๊ะนี้</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>the packer cards&apos; preview, when open (Packers step)</extracomment>
        <translation>ย้อนกลับ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>ข้ามขั้นนี้ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ถัดไป (&amp;N)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ขั้นที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>เสร็จ (&amp;F)</translation>
    </message>
    <message>
        <source>Packer cards</source>
        <translation>บัตรคนแพ็ก</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Singapore</source>
        <translation>สิงคโปร์</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>มาเลเซีย</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>ฟิลิปปินส์</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>อินโดนีเซีย</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <source>Cross-border (all six countries)</source>
        <translation>ข้ามประเทศ (ทั้งหกประเทศ)</translation>
    </message>
    <message>
        <source>Reconnect shop</source>
        <extracomment>the message shown when a step failed (bad input, keyring, Lazada refused, ...)</extracomment>
        <translation>เชื่อมต่อร้านค้าใหม่</translation>
    </message>
    <message>
        <source>Add a Lazada shop</source>
        <translation>เพิ่มร้านค้า Lazada</translation>
    </message>
    <message>
        <source>App Key from the Lazada Open Platform console</source>
        <translation>App Key จากคอนโซล Lazada Open Platform</translation>
    </message>
    <message>
        <source>App Secret (kept in the system keyring)</source>
        <translation>App Secret (เก็บในที่เก็บกุญแจของระบบ)</translation>
    </message>
    <message>
        <source>Callback URL registered for the app</source>
        <translation>Callback URL ที่ลงทะเบียนไว้กับแอป</translation>
    </message>
    <message>
        <source>Leave empty for Lazada (emulator: http://127.0.0.1:PORT/rest)</source>
        <translation>เว้นว่างสำหรับ Lazada (ตัวจำลอง: http://127.0.0.1:PORT/rest)</translation>
    </message>
    <message>
        <source>Authorize in browser</source>
        <translation>อนุญาตในเบราว์เซอร์</translation>
    </message>
    <message>
        <source>…or paste the address the browser shows after consenting</source>
        <translation>…หรือวางที่อยู่ที่เบราว์เซอร์แสดงหลังกดยินยอม</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
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
        <translation>เซิร์ฟเวอร์ API</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored app secret</source>
        <translation>เว้นว่างเพื่อใช้ app secret ที่เก็บไว้</translation>
    </message>
    <message>
        <source>Waiting for Lazada… finish the consent page in the browser.</source>
        <translation>กำลังรอ Lazada… ทำหน้ายินยอมในเบราว์เซอร์ให้เสร็จ</translation>
    </message>
    <message>
        <source>Log in on the Lazada page that opened and click Submit, then paste the address the browser shows here.</source>
        <translation>เข้าสู่ระบบในหน้า Lazada ที่เปิดขึ้นแล้วกด Submit จากนั้นวางที่อยู่ที่เบราว์เซอร์แสดงที่นี่</translation>
    </message>
    <message>
        <source>Connecting the shop…</source>
        <translation>กำลังเชื่อมต่อร้านค้า…</translation>
    </message>
</context>
<context>
    <name>ShopService</name>
    <message>
        <source>Unknown region %1; choose one of %2.</source>
        <extracomment>a shop&apos;s token provider: this station&apos;s keyring, or the warehouse&apos;s vault</extracomment>
        <translation>ไม่รู้จักภูมิภาค %1 เลือกหนึ่งใน %2</translation>
    </message>
    <message>
        <source>The app key is a number (App Console → App Overview → App Key).</source>
        <translation>App key เป็นตัวเลข (App Console → App Overview → App Key)</translation>
    </message>
    <message>
        <source>Enter the app secret from the App Console.</source>
        <translation>ใส่ app secret จาก App Console</translation>
    </message>
    <message>
        <source>The redirect URI must be the callback URL registered for the app (https://… or http://127.0.0.1:PORT/… for the built-in listener).</source>
        <translation>redirect URI ต้องเป็น callback URL ที่ลงทะเบียนไว้กับแอป (https://… หรือ http://127.0.0.1:PORT/… สำหรับตัวรับในตัว)</translation>
    </message>
    <message>
        <source>No shop %1 is configured.</source>
        <extracomment>the warehouse&apos;s shops (None: not read yet, or the database did not answer)</extracomment>
        <translation>ไม่ได้ตั้งค่าร้านค้า %1</translation>
    </message>
    <message>
        <source>The warehouse holds no secrets for shop %1.</source>
        <translation>คลังสินค้าไม่มีรหัสลับของร้านค้า %1</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>อนุญาตร้านค้าใหม่ที่สถานีใดสถานีหนึ่ง</translation>
    </message>
    <message>
        <source>The app secret of shop %1 is missing from the keyring.</source>
        <translation>ไม่พบ app secret ของร้านค้า %1 ในที่เก็บกุญแจ</translation>
    </message>
    <message>
        <source>Reconnect the shop and enter the app secret again.</source>
        <translation>เชื่อมต่อร้านค้าใหม่และใส่ app secret อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ShopStep</name>
    <message>
        <source>Connect your Lazada shop to pack its orders, or keep the demo shop to practise first (its orders are not real). You can connect a shop later in Station → Shops…</source>
        <translation>เชื่อมต่อร้านค้า Lazada เพื่อแพ็กคำสั่งซื้อ หรือใช้ร้านทดลองเพื่อฝึกก่อน (คำสั่งซื้อไม่ใช่ของจริง) เชื่อมต่อร้านค้าภายหลังได้ที่ สถานี → ร้านค้า…</translation>
    </message>
    <message>
        <source>&amp;Connect a Lazada shop…</source>
        <translation>เชื่อมต่อร้านค้า Lazada… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep the demo shop for now</source>
        <translation>ใช้ร้านทดลองไปก่อน (&amp;K)</translation>
    </message>
    <message>
        <source>Shop: connecting</source>
        <translation>ร้านค้า: กำลังเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Shop: demo</source>
        <translation>ร้านค้า: ร้านทดลอง</translation>
    </message>
    <message numerus="yes">
        <source>Connected now: %n shop(s).</source>
        <translation>
            <numerusform>ตอนนี้เชื่อมต่อ %n ร้าน</numerusform>
        </translation>
    </message>
    <message>
        <source>No shop is connected yet.</source>
        <translation>ยังไม่ได้เชื่อมต่อร้านค้า</translation>
    </message>
</context>
<context>
    <name>ShopTokenProvider</name>
    <message>
        <source>Shop %1 is not authorized on this station; reconnect it.</source>
        <translation>ร้านค้า %1 ยังไม่ได้อนุญาตในสถานีนี้ ให้เชื่อมต่อใหม่</translation>
    </message>
    <message numerus="yes">
        <source>Re-authorize this shop within %n day(s).</source>
        <translation>
            <numerusform>อนุญาตร้านค้านี้ใหม่ภายใน %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>เชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>The authorization of shop %1 has ended; authorize it again.</source>
        <translation>การอนุญาตของร้านค้า %1 สิ้นสุดแล้ว ให้อนุญาตใหม่</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1 (%2); reconnect it.</source>
        <translation>Lazada ไม่รับการอนุญาตของร้านค้า %1 แล้ว (%2) ให้เชื่อมต่อใหม่</translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved (%1); this shop will need to be reconnected after lazpack restarts.</source>
        <translation>บันทึกโทเคนที่ต่ออายุแล้วไม่ได้ (%1) ร้านค้านี้ต้องเชื่อมต่อใหม่หลังเริ่ม lazpack ใหม่</translation>
    </message>
</context>
<context>
    <name>ShopsWidget</name>
    <message>
        <source>Shop</source>
        <translation>ร้านค้า</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Add shop…</source>
        <translation>เพิ่มร้านค้า…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>เชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove %1 from every station of the warehouse?

Its app secret and tokens are deleted from the warehouse database; every station stops opening it at its next start. Orders already packed stay in the journal.</source>
        <translation>ลบ %1 ออกจากทุกสถานีของคลังสินค้าไหม

รหัสลับแอปและโทเค็นของร้านค้านี้จะถูกลบจากฐานข้อมูลคลังสินค้า ทุกสถานีจะไม่เปิดร้านค้านี้อีกตั้งแต่การเปิดครั้งถัดไป คำสั่งซื้อที่แพ็กแล้วยังอยู่ในบันทึก</translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation>ลบร้านค้า</translation>
    </message>
    <message>
        <source>Remove %1 from this station?

Its app secret and tokens are deleted from the system keyring; orders already packed stay in the journal.</source>
        <translation>ลบ %1 ออกจากสถานีนี้ไหม?

app secret และโทเคนจะถูกลบจากที่เก็บกุญแจของระบบ คำสั่งซื้อที่แพ็กแล้วยังอยู่ในบันทึก</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to the scan field</source>
        <extracomment>(key sequence, what it does) — the overview lists these in this order.</extracomment>
        <translation>ไปที่ช่องสแกน</translation>
    </message>
    <message>
        <source>Enter (in the scan field)</source>
        <translation>Enter (ในช่องสแกน)</translation>
    </message>
    <message>
        <source>Use the scanned or typed code</source>
        <translation>ใช้โค้ดที่สแกนหรือพิมพ์</translation>
    </message>
    <message>
        <source>(any scan)</source>
        <translation>(สแกนอะไรก็ได้)</translation>
    </message>
    <message>
        <source>A barcode scanner works wherever the focus is, except in dialogs</source>
        <translation>เครื่องสแกนบาร์โค้ดใช้ได้ทุกที่ ยกเว้นในหน้าต่างโต้ตอบ</translation>
    </message>
    <message>
        <source>Done: go on to pack / print / ready to ship</source>
        <translation>เสร็จ: ไปต่อ แพ็ก / พิมพ์ / พร้อมส่ง</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>ยกเลิกการสแกนสินค้าครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Esc (in the scan field), Ctrl+Del</source>
        <translation>Esc (ในช่องสแกน), Ctrl+Del</translation>
    </message>
    <message>
        <source>Cancel the open order</source>
        <translation>ยกเลิกคำสั่งซื้อที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Confirm an item that has no barcode (recorded as manual)</source>
        <translation>ยืนยันสินค้าที่ไม่มีบาร์โค้ด (บันทึกว่ายืนยันด้วยมือ)</translation>
    </message>
    <message>
        <source>Pack only the verified items</source>
        <translation>แพ็กเฉพาะสินค้าที่ตรวจแล้ว</translation>
    </message>
    <message>
        <source>Reprint / preview the label</source>
        <translation>พิมพ์ซ้ำ / ดูตัวอย่างใบปะหน้า</translation>
    </message>
    <message>
        <source>Repack: recreate the package (the old label becomes void)</source>
        <translation>แพ็กใหม่: สร้างพัสดุใหม่ (ใบปะหน้าเดิมใช้ไม่ได้)</translation>
    </message>
    <message>
        <source>Pack &amp; ship the selected orders</source>
        <translation>แพ็กและส่งคำสั่งซื้อที่เลือก</translation>
    </message>
    <message>
        <source>Deliver digital items of the selected orders</source>
        <translation>ส่งสินค้าดิจิทัลของคำสั่งซื้อที่เลือก</translation>
    </message>
    <message>
        <source>1–9, ↑↓ Enter, Esc (in a choice)</source>
        <translation>1–9, ↑↓ Enter, Esc (ในหน้าต่างเลือก)</translation>
    </message>
    <message>
        <source>Pick an item in the link / confirm dialogs</source>
        <translation>เลือกสินค้าในหน้าต่างเชื่อม / ยืนยัน</translation>
    </message>
    <message>
        <source>Back to the packing station from another page</source>
        <translation>กลับไปที่สถานีแพ็กจากหน้าอื่น</translation>
    </message>
    <message>
        <source>History: search every scan and action, per-order timeline, CSV export</source>
        <translation>ประวัติ: ค้นทุกการสแกนและการทำงาน ลำดับเหตุการณ์ของคำสั่งซื้อ ส่งออก CSV</translation>
    </message>
    <message>
        <source>Stats: orders and items per hour per packer</source>
        <translation>สถิติ: คำสั่งซื้อและสินค้าต่อชั่วโมงต่อคนแพ็ก</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>การตั้งค่าสถานี</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>ค้นหาคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Show one shop&apos;s orders (with several shops)</source>
        <translation>แสดงคำสั่งซื้อของร้านเดียว (เมื่อมีหลายร้าน)</translation>
    </message>
    <message>
        <source>Esc (in search)</source>
        <translation>Esc (ในช่องค้นหา)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>ล้างการค้นหา</translation>
    </message>
    <message>
        <source>Switch tab: To pack, Packed, Ready, DBS, Problems, All</source>
        <translation>สลับแท็บ: รอแพ็ก แพ็กแล้ว พร้อมส่ง DBS มีปัญหา ทั้งหมด</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>แท็บถัดไป / ก่อนหน้า</translation>
    </message>
    <message>
        <source>Go to the orders list</source>
        <translation>ไปที่รายการคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Move in the orders list</source>
        <translation>เลื่อนในรายการคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Select several orders for a batch action</source>
        <translation>เลือกหลายคำสั่งซื้อเพื่อทำพร้อมกัน</translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation>Enter (ในรายการ)</translation>
    </message>
    <message>
        <source>Open the order (asks first while another is being packed)</source>
        <translation>เปิดคำสั่งซื้อ (ถามก่อนถ้ากำลังแพ็กอีกคำสั่งซื้อ)</translation>
    </message>
    <message>
        <source>Sync with Lazada now</source>
        <translation>ซิงก์กับ Lazada เดี๋ยวนี้</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>หน้าสรุปนี้</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นลัด</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การทำงาน</translation>
    </message>
</context>
<context>
    <name>SkuChoiceDialog</name>
    <message>
        <source>Press the number, or ↑↓ and Enter. Esc cancels.</source>
        <extracomment>a second key within this time of the first is a scanner, not a person choosing a scan that arrived while the dialog was up (it closed unanswered)</extracomment>
        <translation>กดตัวเลข หรือ ↑↓ แล้ว Enter  Esc เพื่อยกเลิก</translation>
    </message>
</context>
<context>
    <name>SoundStep</name>
    <message>
        <source>Every scan plays a sound: good, wrong item, parcel done. Play them and say whether you heard them; pick the speakers if not.</source>
        <translation>ทุกการสแกนมีเสียง: ถูก สินค้าผิด กล่องเสร็จ เล่นแล้วบอกว่าได้ยินไหม ถ้าไม่ได้ยินให้เลือกลำโพง</translation>
    </message>
    <message>
        <source>P&amp;lay the three sounds</source>
        <translation>เล่นเสียงทั้งสาม (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Yes, I heard them</source>
        <translation>ใช่ ได้ยิน (&amp;Y)</translation>
    </message>
    <message>
        <source>This PC has no sound output (no speakers or headphones found). The station works without sound: every scan flashes green or red. Plug in speakers and come back with Station → Set up this desk… to hear them.</source>
        <translation>เครื่องนี้ไม่มีอุปกรณ์เสียง (ไม่พบลำโพงหรือหูฟัง) สถานีใช้ได้โดยไม่มีเสียง: ทุกการสแกนจะกะพริบเขียวหรือแดง เสียบลำโพงแล้วกลับมาที่ สถานี → ตั้งค่าโต๊ะนี้… เพื่อฟัง</translation>
    </message>
    <message>
        <source>Sound: no output device, colours only</source>
        <translation>เสียง: ไม่มีอุปกรณ์ ใช้สีอย่างเดียว</translation>
    </message>
    <message>
        <source>Playing: good… wrong item… parcel done. Did you hear all three?</source>
        <translation>กำลังเล่น: ถูก… สินค้าผิด… กล่องเสร็จ ได้ยินครบทั้งสามไหม?</translation>
    </message>
    <message>
        <source>Sound on, through “%1”.</source>
        <translation>เปิดเสียงผ่าน “%1” แล้ว</translation>
    </message>
    <message>
        <source>Sound: on (%1)</source>
        <translation>เสียง: เปิด (%1)</translation>
    </message>
    <message>
        <source>Check that the speakers are switched on and the volume is up, pick another output above and play again. Without sound the station still flashes green or red on every scan.</source>
        <translation>ตรวจว่าลำโพงเปิดอยู่และเปิดเสียงแล้ว เลือกอุปกรณ์อื่นด้านบนแล้วเล่นอีกครั้ง ถ้าไม่มีเสียง สถานียังกะพริบเขียวหรือแดงทุกครั้งที่สแกน</translation>
    </message>
</context>
<context>
    <name>StationCore</name>
    <message>
        <source>The warehouse database cannot be reached: no new order is opened and nothing is sent to Lazada until it is back. Scans are kept.</source>
        <extracomment>How often a new simulated order arrives in the demo shop. Resume the interrupted order after the first sync, or after this long without one. How long shutdown waits for a running pack/label/RTS step to close its journal entry.</extracomment>
        <translation>ติดต่อฐานข้อมูลคลังสินค้าไม่ได้: จะไม่เปิดคำสั่งซื้อใหม่และไม่ส่งอะไรไปที่ Lazada จนกว่าจะกลับมา การสแกนยังถูกเก็บไว้</translation>
    </message>
    <message>
        <source>The warehouse database is back.</source>
        <translation>ฐานข้อมูลคลังสินค้ากลับมาแล้ว</translation>
    </message>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>how long a background task may take to end after it was cancelled, per attempt the keyring the shop service uses (None: the OS keyring) the clients&apos; call budget from the settings; a bad value falls back to its default and the packer reads why at start-up (``housekeeping``) the orders (a window shown before the core passes the book it already shows) order claims across a warehouse&apos;s stations (None: SQLite, this PC is alone) who packs which order across the warehouse, for the orders list (None: SQLite) the product catalogue and the pick-list waves, in the journal&apos;s database: the warehouse&apos;s on PostgreSQL (every station scans against one catalogue). every shop connected since start (kept after shutdown: tests read the demo world) on a warehouse database: each shop&apos;s leader election and shared order book the shop service of the configured shops (None until one is needed) asks the packer for a shipment provider; without one the saved choice is used every sync state change of every shop (the window&apos;s sync indicator) False while the warehouse database is away (always True on SQLite) told True/False when the warehouse database comes back / goes away (the window&apos;s banner); while there is none, ``on_notice`` gets the text instead something the packer should read (a failed resume); the window shows it start-up recovery ran: scans and batches may write from now on</extracomment>
        <translation>ร้านค้า %1 ไม่ได้เชื่อมต่อกับสถานีนี้</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>บันทึกการตั้งค่าไม่ได้: %1</translation>
    </message>
    <message>
        <source>History could not be cleaned up: %1</source>
        <translation>ล้างประวัติไม่ได้: %1</translation>
    </message>
    <message>
        <source>Order %1 was taken over by another station: put it aside and scan CANCEL.</source>
        <translation>สถานีอื่นรับคำสั่งซื้อ %1 ไปทำต่อแล้ว วางไว้ข้าง ๆ แล้วสแกน CANCEL</translation>
    </message>
    <message>
        <source>Could not resume the last order: %1</source>
        <translation>ทำคำสั่งซื้อล่าสุดต่อไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>StationLabels</name>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>The label cache and print ledger of one shop (the core gives each shop its own folder). called with the job name right before a job goes to the sink (benchmarks, UI) called with the job name once a shop&apos;s job was printed and counted</extracomment>
        <translation>ร้านค้า %1 ไม่ได้เชื่อมต่อกับสถานีนี้</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>ยังไม่ได้เลือกเครื่องพิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>Set a label printer in Settings, or print with the dialog.</source>
        <translation>ตั้งเครื่องพิมพ์ใบปะหน้าในการตั้งค่า หรือพิมพ์ผ่านหน้าต่าง</translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <source>Done / next step</source>
        <extracomment>the station&apos;s own session can reprint its label itself from these states</extracomment>
        <translation>เสร็จ / ขั้นต่อไป</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>ยกเลิกการสแกนล่าสุด</translation>
    </message>
    <message>
        <source>Cancel order (Esc in the scan field)</source>
        <translation>ยกเลิกคำสั่งซื้อ (Esc ในช่องสแกน)</translation>
    </message>
    <message>
        <source>Confirm item without barcode</source>
        <translation>ยืนยันสินค้าโดยไม่ใช้บาร์โค้ด</translation>
    </message>
    <message>
        <source>Pack verified items only</source>
        <translation>แพ็กเฉพาะที่ตรวจแล้ว</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>พิมพ์ใบปะหน้าซ้ำ</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>ดูตัวอย่างใบปะหน้า</translation>
    </message>
    <message>
        <source>Repack (void label)…</source>
        <translation>แพ็กใหม่ (ยกเลิกใบปะหน้า)…</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship selected orders</source>
        <translation>แพ็กและส่งคำสั่งซื้อที่เลือก</translation>
    </message>
    <message>
        <source>Deliver digital items of selected orders…</source>
        <translation>ส่งสินค้าดิจิทัลของคำสั่งซื้อที่เลือก…</translation>
    </message>
    <message>
        <source>Pick list…</source>
        <translation>ใบหยิบสินค้า…</translation>
    </message>
    <message>
        <source>Save labels as PDF (no printer)</source>
        <translation>บันทึกใบปะหน้าเป็น PDF (ไม่มีเครื่องพิมพ์)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <source>Shops…</source>
        <translation>ร้านค้า…</translation>
    </message>
    <message>
        <source>Product catalogue…</source>
        <translation>รายการสินค้า…</translation>
    </message>
    <message>
        <source>Set up this desk…</source>
        <translation>ตั้งค่าโต๊ะนี้…</translation>
    </message>
    <message>
        <source>Print command sheet…</source>
        <translation>พิมพ์แผ่นคำสั่ง…</translation>
    </message>
    <message>
        <source>None of the selected orders has digital items to deliver.</source>
        <translation>คำสั่งซื้อที่เลือกไม่มีสินค้าดิจิทัลให้ส่ง</translation>
    </message>
    <message>
        <source>Delivered ✓ — scan the next order</source>
        <translation>ส่งถึงแล้ว ✓ — สแกนคำสั่งซื้อถัดไป</translation>
    </message>
    <message>
        <source>Delivery failed — recorded with Lazada; scan the next order</source>
        <translation>ส่งไม่สำเร็จ — แจ้ง Lazada แล้ว; สแกนคำสั่งซื้อถัดไป</translation>
    </message>
    <message>
        <source>Digital items delivered ✓ — scan the next order</source>
        <translation>ส่งสินค้าดิจิทัลแล้ว ✓ — สแกนคำสั่งซื้อถัดไป</translation>
    </message>
    <message>
        <source>This order has no label to print.</source>
        <translation>คำสั่งซื้อนี้ไม่มีใบปะหน้าให้พิมพ์</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>ยกเลิกการพิมพ์แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Label printed (%n page(s)).</source>
        <translation>
            <numerusform>พิมพ์ใบปะหน้าแล้ว (%n หน้า)</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels are now saved as PDF files.</source>
        <translation>ตอนนี้ใบปะหน้าจะบันทึกเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <source>Labels are now sent to the printer.</source>
        <translation>ตอนนี้ใบปะหน้าจะส่งไปที่เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>This order has no package label yet.</source>
        <translation>คำสั่งซื้อนี้ยังไม่มีใบปะหน้า</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Command sheet</source>
        <translation>แผ่นคำสั่ง</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>บันทึกการตั้งค่าแล้ว</translation>
    </message>
    <message>
        <source>Language changed. Menus and tab names change when lazpack starts again.</source>
        <translation>เปลี่ยนภาษาแล้ว เมนูและชื่อแท็บจะเปลี่ยนเมื่อเริ่ม lazpack ครั้งถัดไป</translation>
    </message>
    <message>
        <source>Shops cannot be managed here: the system keyring is not available.</source>
        <translation>จัดการร้านค้าที่นี่ไม่ได้: ไม่มีที่เก็บกุญแจของระบบ</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>ร้านค้า</translation>
    </message>
    <message>
        <source>Shops changed — restart lazpack to open or close their orders.</source>
        <translation>ร้านค้าเปลี่ยนแล้ว — เริ่ม lazpack ใหม่เพื่อเปิดหรือปิดคำสั่งซื้อของร้าน</translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation>ร้านค้า: %1</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>ตัดการเชื่อมต่อ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n d)</source>
        <translation>
            <numerusform>%1 (%n วัน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-authorize soon: %1</source>
        <translation>ต้องอนุญาตใหม่เร็วๆ นี้: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) connected</source>
        <translation>
            <numerusform>เชื่อมต่อ %n ร้าน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>This day</source>
        <extracomment>(label, days ending on the chosen day)</extracomment>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันล่าสุด</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 วันล่าสุด</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Longest retention the setting offers: ten years.</extracomment>
        <translation>%1 วิ</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 นาที %2 วิ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 จาก %3)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>คนแพ็ก</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Orders / hour</source>
        <translation>คำสั่งซื้อ / ชม.</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>สินค้า / ชม.</translation>
    </message>
    <message>
        <source>Wrong-scan rate</source>
        <translation>อัตราสแกนผิด</translation>
    </message>
    <message>
        <source>Median per order</source>
        <translation>ค่ากลางต่อคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>(no packer logged in)</source>
        <translation>(ไม่มีคนแพ็กเข้าสู่ระบบ)</translation>
    </message>
    <message>
        <source>%1 orders over %2 hours with at least one packed order</source>
        <translation>%1 คำสั่งซื้อใน %2 ชั่วโมงที่มีการแพ็กอย่างน้อยหนึ่งคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>(hours shown, {packer: orders per hour}) of the last plot — what the bars say.</extracomment>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>No orders packed on %1</source>
        <translation>ไม่มีคำสั่งซื้อที่แพ็กในวันที่ %1</translation>
    </message>
    <message>
        <source>Orders packed per hour — %1</source>
        <translation>คำสั่งซื้อที่แพ็กต่อชั่วโมง — %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ยังไม่ได้บันทึก: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved. History older than %n day(s) is removed at start-up.</source>
        <translation>
            <numerusform>บันทึกแล้ว ประวัติที่เก่ากว่า %n วันจะถูกลบเมื่อเริ่มโปรแกรม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n คำสั่งซื้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ชิ้น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s)</source>
        <translation>
            <numerusform>คนแพ็ก %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <extracomment>Emitted after every finished refresh (the number of packer-day rows).</extracomment>
        <translation>◀ วันก่อนหน้า</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>วันถัดไป ▶</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>วันนี้ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>วัน (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>แสดง (&amp;S):</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>คำสั่งซื้อที่แพ็ก</translation>
    </message>
    <message>
        <source>Items packed</source>
        <translation>สินค้าที่แพ็ก</translation>
    </message>
    <message>
        <source>Orders / hour (station)</source>
        <translation>คำสั่งซื้อ / ชม. (สถานี)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <source>%1: %2, %3 by %4.</source>
        <translation>%1: %2, %3 โดย %4</translation>
    </message>
    <message>
        <source>Nothing was packed on %1.</source>
        <translation>ไม่มีการแพ็กในวันที่ %1</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Unknown packing step %1; use one of %2.</source>
        <translation>ไม่รู้จักขั้นตอนการแพ็ก %1 ใช้หนึ่งใน %2</translation>
    </message>
</context>
<context>
    <name>Stickers</name>
    <message>
        <source>Unknown sticker size %1.</source>
        <extracomment>name -&gt; (width, height) in mm: the sticker rolls sellers use. One module = 2 dots at 203 dpi.</extracomment>
        <translation>ไม่รู้จักขนาดสติกเกอร์ %1</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>เลือกหนึ่งใน: %1</translation>
    </message>
    <message>
        <source>No stickers to print: give each SKU a quantity.</source>
        <translation>ไม่มีสติกเกอร์ให้พิมพ์: ใส่จำนวนให้แต่ละ SKU</translation>
    </message>
    <message>
        <source>%1 stickers at once is too many (at most %2).</source>
        <translation>สติกเกอร์ %1 ใบในครั้งเดียวมากเกินไป (สูงสุด %2)</translation>
    </message>
    <message>
        <source>SKU %1 cannot be a Code128 barcode (only ASCII letters, digits, signs).</source>
        <translation>SKU %1 เป็นบาร์โค้ด Code128 ไม่ได้ (ใช้ได้เฉพาะตัวอักษร ตัวเลข และเครื่องหมาย ASCII)</translation>
    </message>
    <message>
        <source>Give it an EAN in the catalogue, or rename the seller SKU.</source>
        <translation>ใส่ EAN ให้ในรายการสินค้า หรือเปลี่ยนชื่อ SKU ผู้ขาย</translation>
    </message>
    <message>
        <source>No sticker printer is saved.</source>
        <translation>ยังไม่ได้บันทึกเครื่องพิมพ์สติกเกอร์</translation>
    </message>
    <message>
        <source>Choose one in the Stickers dialog first.</source>
        <translation>เลือกเครื่องพิมพ์ในหน้าต่างสติกเกอร์ก่อน</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>%1 cannot sync this shop: %2</source>
        <extracomment>GetMultipleOrderItems takes at most 50 order ids per call (lazada-api.md §3.3). Re-read this much before the newest ``updated_at`` seen: clocks and commits are not exact. on a warehouse database: the station that syncs this shop with Lazada (&quot;&quot; alone) this station is that leader (it talks to Lazada for the shop) the orders the last full sync found open (None: no full sync yet)</extracomment>
        <translation>%1 ซิงก์ร้านค้านี้ไม่ได้: %2</translation>
    </message>
    <message>
        <source>no answer from Lazada</source>
        <translation>Lazada ไม่ตอบกลับ</translation>
    </message>
    <message>
        <source>Internal error while syncing orders.</source>
        <translation>เกิดข้อผิดพลาดภายในระหว่างซิงก์คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>The details are in the log; syncing keeps trying.</source>
        <translation>รายละเอียดอยู่ในบันทึก ระบบจะซิงก์ต่อไป</translation>
    </message>
</context>
<context>
    <name>TestLabel</name>
    <message>
        <source>lazpack test label</source>
        <extracomment>what the test label&apos;s barcode reads the space the words may take across the label (from the rulers inwards)</extracomment>
        <translation>ใบปะหน้าทดสอบ lazpack</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 มม.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>ที่ %1</translation>
    </message>
    <message>
        <source>Whole: the frame is closed and</source>
        <translation>ครบ: กรอบปิดสนิท และ</translation>
    </message>
    <message>
        <source>every ruler starts at 0 at its corner.</source>
        <translation>ไม้บรรทัดทุกอันเริ่มที่ 0 ตรงมุมของมัน</translation>
    </message>
    <message>
        <source>From 0 to %1 the bottom ruler measures %1 mm.</source>
        <translation>จาก 0 ถึง %1 ไม้บรรทัดด้านล่างยาว %1 มม.</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Packing video is off: QtMultimedia is missing (%1).</source>
        <translation>ปิดวิดีโอการแพ็กอยู่: ไม่มี QtMultimedia (%1)</translation>
    </message>
    <message>
        <source>Packing video is off: this PC has no video encoder for MKV files.</source>
        <extracomment>how long closing the station waits for the encoder to finish the open clip&apos;s file the journal event of a finished clip kinds that put an item into the parcel: the overlay&apos;s &quot;last scanned item&quot; changes a warning when the disk holds less than this many minutes of recording a rough size of one minute of 720p MPEG-4 at 15 fps, for the low-disk warning before the first clip measured the real rate recording started or stopped (the preview&apos;s REC) a clip&apos;s file is closed and has its final name (``FinishedClip``) each finished clip is an ``event=&quot;video&quot;`` line of its order&apos;s timeline the order whose clip ended because it was done (its later scans start nothing) clip file names retention must not delete now (an evidence export copying them) the pack view&apos;s preview (``install_video`` puts it there) the order panel&apos;s &quot;Video (0:42)&quot; and &quot;Export evidence…&quot; buttons (``install_video``) set when the last closing clip&apos;s file is closed (``aclose`` waits for it)</extracomment>
        <translation>ปิดวิดีโอการแพ็กอยู่: เครื่องนี้ไม่มีตัวเข้ารหัสวิดีโอสำหรับไฟล์ MKV</translation>
    </message>
    <message>
        <source>This station records every order and the camera is not working: plug it in (or untick &apos;Open no order while the camera is not working&apos; in Settings), then scan the order again.</source>
        <translation>สถานีนี้บันทึกวิดีโอทุกคำสั่งซื้อ แต่กล้องไม่ทำงาน: เสียบกล้อง (หรือปิด &apos;ไม่เปิดคำสั่งซื้อขณะที่กล้องไม่ทำงาน&apos; ในการตั้งค่า) แล้วสแกนคำสั่งซื้ออีกครั้ง</translation>
    </message>
    <message>
        <source>No video for this order: the camera is not available.</source>
        <translation>ไม่มีวิดีโอสำหรับคำสั่งซื้อนี้: ใช้กล้องไม่ได้</translation>
    </message>
    <message>
        <source>Packing order %1</source>
        <translation>กำลังแพ็กคำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>Video of order %1 stopped: nothing was scanned for %2 minutes.</source>
        <translation>วิดีโอของคำสั่งซื้อ %1 หยุดแล้ว: ไม่มีการสแกนมา %2 นาที</translation>
    </message>
    <message>
        <source>The video of order %1 could not be written: %2</source>
        <translation>เขียนวิดีโอของคำสั่งซื้อ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>วิดีโอ (%1)</translation>
    </message>
    <message>
        <source>The video of order %1 is saved but not in the journal: %2</source>
        <translation>เก็บวิดีโอของคำสั่งซื้อ %1 แล้ว แต่ไม่ได้ลงบันทึก: %2</translation>
    </message>
    <message>
        <source>Old videos could not be deleted: %1</source>
        <translation>ลบวิดีโอเก่าไม่ได้: %1</translation>
    </message>
    <message>
        <source>The video disk is almost full (%1 MB free). Lower the video disk budget or free space.</source>
        <translation>ดิสก์วิดีโอใกล้เต็ม (ว่าง %1 MB) ลดพื้นที่ดิสก์สูงสุดของวิดีโอ หรือลบไฟล์ให้มีที่ว่าง</translation>
    </message>
    <message>
        <source>the recorder failed</source>
        <extracomment>preview updates per second the preview thumbnail&apos;s height in pixels the recorder failed (the text says why); ``stop()`` then closes what was written</extracomment>
        <translation>ตัวบันทึกวิดีโอขัดข้อง</translation>
    </message>
    <message>
        <source>NO CAMERA</source>
        <extracomment>the clip&apos;s frame (may be null), the preview (may be null), the clip it was painted for a downscaled picture for the preview, a few times a second</extracomment>
        <translation>ไม่มีกล้อง</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>what the current clip&apos;s frames say (``None``: no overlay)</extracomment>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>AWB</source>
        <translation>AWB</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>คนแพ็ก</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>สถานี</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>lazpack test camera</source>
        <extracomment>the source works again (a camera plugged back in)</extracomment>
        <translation>กล้องทดสอบ lazpack</translation>
    </message>
    <message>
        <source>test camera</source>
        <translation>กล้องทดสอบ</translation>
    </message>
    <message>
        <source>Test camera (moving test pattern)</source>
        <translation>กล้องทดสอบ (ภาพทดสอบเคลื่อนไหว)</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>No camera: the packing camera is not plugged in. Packing goes on without video.</source>
        <translation>ไม่มีกล้อง: ไม่ได้เสียบกล้องสำหรับแพ็ก แพ็กต่อได้โดยไม่มีวิดีโอ</translation>
    </message>
    <message>
        <source>Camera problem (%1): %2. Packing goes on without video.</source>
        <translation>กล้องมีปัญหา (%1): %2 แพ็กต่อได้โดยไม่มีวิดีโอ</translation>
    </message>
    <message>
        <source>Camera %1 was unplugged. Packing goes on without video.</source>
        <translation>กล้อง %1 ถูกถอดออก แพ็กต่อได้โดยไม่มีวิดีโอ</translation>
    </message>
</context>
<context>
    <name>VideoButton</name>
    <message>
        <source>Video (%1)</source>
        <extracomment>whether the order shown has a clip (the export button follows it) (shop, order id) -&gt; its latest clip</extracomment>
        <translation>วิดีโอ (%1)</translation>
    </message>
    <message>
        <source>No video player could open %1; the file is in %2.</source>
        <translation>ไม่มีโปรแกรมเล่นวิดีโอที่เปิด %1 ได้ ไฟล์อยู่ใน %2</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>ส่งออกหลักฐาน…</translation>
    </message>
    <message>
        <source>Export evidence to</source>
        <translation>ส่งออกหลักฐานไปที่</translation>
    </message>
    <message>
        <source>The evidence export failed.</source>
        <translation>ส่งออกหลักฐานไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Evidence written to %1.</source>
        <translation>เขียนหลักฐานไปที่ %1 แล้ว</translation>
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
        <translation>กล้อง: %1</translation>
    </message>
</context>
<context>
    <name>VideoSettings</name>
    <message>
        <source>Packing video</source>
        <translation>วิดีโอการแพ็ก</translation>
    </message>
    <message>
        <source>Record a video of every order packed</source>
        <translation>บันทึกวิดีโอทุกคำสั่งซื้อที่แพ็ก</translation>
    </message>
    <message>
        <source>Open no order while the camera is not working</source>
        <translation>ไม่เปิดคำสั่งซื้อขณะที่กล้องไม่ทำงาน</translation>
    </message>
    <message>
        <source>The PC&apos;s default camera</source>
        <translation>กล้องหลักของเครื่อง</translation>
    </message>
    <message>
        <source>Camera not connected (%1)</source>
        <translation>กล้องไม่ได้เชื่อมต่อ (%1)</translation>
    </message>
    <message>
        <source>empty: the station&apos;s data folder (videos)</source>
        <translation>ว่าง: โฟลเดอร์ข้อมูลของสถานี (videos)</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>keep all</source>
        <translation>เก็บทั้งหมด</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>ขนาดภาพ</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>อัตราเฟรม</translation>
    </message>
    <message>
        <source>Delete videos older than</source>
        <translation>ลบวิดีโอที่เก่ากว่า</translation>
    </message>
    <message>
        <source>Disk budget</source>
        <translation>พื้นที่ดิสก์สูงสุด</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>That is not a warehouse key (it should be 43 letters, digits, - and _).</source>
        <translation>นี่ไม่ใช่กุญแจคลังสินค้า (ต้องเป็นตัวอักษร ตัวเลข - และ _ รวม 43 ตัว)</translation>
    </message>
    <message>
        <source>Copy it again from Settings → Warehouse on a station that is already set up.</source>
        <translation>คัดลอกอีกครั้งจาก การตั้งค่า → คลังสินค้า ที่สถานีที่ตั้งค่าไว้แล้ว</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@server:5432/database (the password goes in its own field).</source>
        <extracomment>query parameters that carry a password: kept out of the settings file query parameters lazpack does not keep (secrets or secret files): refused with a message</extracomment>
        <translation>เขียนแบบ postgresql://user@server:5432/database (รหัสผ่านใส่ในช่องของมันเอง)</translation>
    </message>
    <message>
        <source>That is not a database address lazpack can read.</source>
        <translation>lazpack อ่านที่อยู่ฐานข้อมูลนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The warehouse database address must start with postgresql://.</source>
        <translation>ที่อยู่ฐานข้อมูลคลังสินค้าต้องขึ้นต้นด้วย postgresql://</translation>
    </message>
    <message>
        <source>The address names no database (…/database at its end).</source>
        <translation>ที่อยู่นี้ไม่ได้ระบุฐานข้อมูล (…/database ที่ท้าย)</translation>
    </message>
    <message>
        <source>lazpack does not keep the setting %1 of the address; put it in the PostgreSQL service or password file of this PC instead.</source>
        <translation>lazpack ไม่เก็บค่า %1 ของที่อยู่นี้ ให้ใส่ไว้ในไฟล์ service หรือไฟล์รหัสผ่านของ PostgreSQL บนเครื่องนี้แทน</translation>
    </message>
    <message>
        <source>Open Settings → Warehouse → Join this warehouse on this station and type the key shown on a station that is already set up (Settings → Warehouse → Show warehouse key).</source>
        <translation>เปิด การตั้งค่า → คลังสินค้า → เข้าร่วมคลังสินค้านี้ ที่สถานีนี้ แล้วพิมพ์กุญแจที่แสดงบนสถานีที่ตั้งค่าไว้แล้ว (การตั้งค่า → คลังสินค้า → แสดงกุญแจคลังสินค้า)</translation>
    </message>
    <message>
        <source>This station has not joined the warehouse yet, so it cannot open the warehouse&apos;s shops.</source>
        <translation>สถานีนี้ยังไม่ได้เข้าร่วมคลังสินค้า จึงเปิดร้านค้าของคลังสินค้าไม่ได้</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key is not the key of this warehouse&apos;s database.</source>
        <translation>กุญแจคลังสินค้าของสถานีนี้ไม่ใช่กุญแจของฐานข้อมูลคลังสินค้านี้</translation>
    </message>
    <message>
        <source>This station has no warehouse key to show.</source>
        <extracomment>Connects once to the address and reports what it holds (changes nothing). ``(address, key_id)``: sets a new database up, records the key&apos;s fingerprint unless one is recorded, returns the one recorded. the database this station runs on now (without its password); &quot;&quot; = its own journal</extracomment>
        <translation>สถานีนี้ไม่มีกุญแจคลังสินค้าให้แสดง</translation>
    </message>
    <message>
        <source>Enter the address of the warehouse database first.</source>
        <translation>ใส่ที่อยู่ฐานข้อมูลคลังสินค้าก่อน</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2).</source>
        <translation>เชื่อมต่อกับ %1 แล้ว (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>The database is empty; lazpack sets it up at the next start.</source>
        <translation>ฐานข้อมูลว่างอยู่ lazpack จะตั้งค่าให้เมื่อเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <source>No warehouse key yet: the first shop authorized on a station of this warehouse creates it.</source>
        <translation>ยังไม่มีกุญแจคลังสินค้า: ร้านค้าแรกที่อนุญาตบนสถานีของคลังสินค้านี้จะสร้างกุญแจขึ้น</translation>
    </message>
    <message>
        <source>This station has the warehouse key.</source>
        <translation>สถานีนี้มีกุญแจคลังสินค้าแล้ว</translation>
    </message>
    <message>
        <source>This station holds a different warehouse key: join again with this warehouse&apos;s key.</source>
        <translation>สถานีนี้มีกุญแจคลังสินค้าอีกดอกหนึ่ง: เข้าร่วมใหม่ด้วยกุญแจของคลังสินค้านี้</translation>
    </message>
    <message>
        <source>This station has not joined yet: Join this warehouse with the key shown on a station that is already set up.</source>
        <translation>สถานีนี้ยังไม่ได้เข้าร่วม: เข้าร่วมคลังสินค้านี้ด้วยกุญแจที่แสดงบนสถานีที่ตั้งค่าไว้แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) in this warehouse.</source>
        <translation>
            <numerusform>คลังสินค้านี้มีร้านค้า %n ร้าน</numerusform>
        </translation>
    </message>
    <message>
        <source>That key is not this warehouse&apos;s key: its database was set up with another one.</source>
        <translation>กุญแจนี้ไม่ใช่กุญแจของคลังสินค้านี้: ฐานข้อมูลถูกตั้งค่าด้วยกุญแจอื่น</translation>
    </message>
    <message>
        <source>Copy the key again from Settings → Warehouse → Show warehouse key on a station of this warehouse, and check the database address.</source>
        <translation>คัดลอกกุญแจอีกครั้งจาก การตั้งค่า → คลังสินค้า → แสดงกุญแจคลังสินค้า บนสถานีของคลังสินค้านี้ และตรวจที่อยู่ฐานข้อมูล</translation>
    </message>
    <message>
        <source>This station has joined the warehouse. Its shops open here from the next start.</source>
        <translation>สถานีนี้เข้าร่วมคลังสินค้าแล้ว ร้านค้าของคลังสินค้าจะเปิดที่นี่ตั้งแต่การเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <source>Saved: this station uses its own journal from the next start.</source>
        <translation>บันทึกแล้ว: สถานีนี้ใช้บันทึกของตัวเองตั้งแต่การเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <source>Saved: this station uses the warehouse database from the next start.</source>
        <translation>บันทึกแล้ว: สถานีนี้ใช้ฐานข้อมูลคลังสินค้าตั้งแต่การเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key does not match the one the shop&apos;s secrets were sealed with.</source>
        <translation>กุญแจคลังสินค้าของสถานีนี้ไม่ตรงกับกุญแจที่ใช้ปิดผนึกรหัสลับของร้านค้า</translation>
    </message>
    <message>
        <source>Settings → Warehouse → Join this warehouse, with the key shown on a station that is already set up.</source>
        <translation>การตั้งค่า → คลังสินค้า → เข้าร่วมคลังสินค้านี้ ด้วยกุญแจที่แสดงบนสถานีที่ตั้งค่าไว้แล้ว</translation>
    </message>
    <message>
        <source>The shop secrets of %1 in the warehouse database fail their integrity check (altered or copied from another shop).</source>
        <translation>รหัสลับของร้านค้า %1 ในฐานข้อมูลคลังสินค้าไม่ผ่านการตรวจความถูกต้อง (ถูกแก้ไขหรือคัดลอกมาจากร้านค้าอื่น)</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>อนุญาตร้านค้าใหม่ที่สถานีใดสถานีหนึ่ง</translation>
    </message>
    <message>
        <source>The warehouse database %1 cannot be reached (%2).</source>
        <extracomment>the ``shared_settings`` row holding the warehouse key&apos;s fingerprint what keeps a connection from being made (ValueError: an address asyncpg cannot use)</extracomment>
        <translation>เชื่อมต่อฐานข้อมูลคลังสินค้า %1 ไม่ได้ (%2)</translation>
    </message>
    <message>
        <source>Check the address, the user and the password, and that the PostgreSQL server is running and accepts connections from this PC.</source>
        <translation>ตรวจที่อยู่ ชื่อผู้ใช้ และรหัสผ่าน และดูว่าเซิร์ฟเวอร์ PostgreSQL ทำงานอยู่และยอมรับการเชื่อมต่อจากเครื่องนี้</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <source>Warehouse key</source>
        <translation>กุญแจคลังสินค้า</translation>
    </message>
    <message>
        <source>Type this key at the station that joins (Settings → Warehouse → Join this warehouse). Anyone with it and the database can read the shops&apos; secrets: do not send it by e-mail or chat, and close this box when done.</source>
        <translation>พิมพ์กุญแจนี้ที่สถานีที่จะเข้าร่วม (การตั้งค่า → คลังสินค้า → เข้าร่วมคลังสินค้านี้) ใครที่มีกุญแจนี้และฐานข้อมูลจะอ่านรหัสลับของร้านค้าได้: อย่าส่งทางอีเมลหรือแชต และปิดกล่องนี้เมื่อเสร็จ</translation>
    </message>
    <message>
        <source>Join this warehouse</source>
        <translation>เข้าร่วมคลังสินค้านี้</translation>
    </message>
    <message>
        <source>On a station that is already set up, open Settings → Warehouse → Show warehouse key, and type the key here (spaces do not matter).</source>
        <translation>ที่สถานีที่ตั้งค่าไว้แล้ว เปิด การตั้งค่า → คลังสินค้า → แสดงกุญแจคลังสินค้า แล้วพิมพ์กุญแจที่นี่ (เว้นวรรคหรือไม่ก็ได้)</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <extracomment>what was typed, taken out of the field as the box closes</extracomment>
        <translation>คลังสินค้า</translation>
    </message>
    <message>
        <source>Stations of one warehouse share a PostgreSQL database: each order is packed at one station, each shop is synced by one and authorized once for all. Leave the address empty to keep this PC&apos;s own journal.</source>
        <translation>สถานีของคลังสินค้าเดียวกันใช้ฐานข้อมูล PostgreSQL ร่วมกัน: แต่ละคำสั่งซื้อแพ็กที่สถานีเดียว แต่ละร้านค้าซิงก์โดยสถานีเดียวและอนุญาตครั้งเดียวสำหรับทุกสถานี เว้นที่อยู่ว่างไว้เพื่อใช้บันทึกของเครื่องนี้เอง</translation>
    </message>
    <message>
        <source>saved in the keyring</source>
        <translation>เก็บไว้ในที่เก็บกุญแจแล้ว</translation>
    </message>
    <message>
        <source>the database user&apos;s password</source>
        <translation>รหัสผ่านของผู้ใช้ฐานข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ(&amp;T)</translation>
    </message>
    <message>
        <source>This station runs on %1 now.</source>
        <translation>ตอนนี้สถานีนี้ทำงานบน %1</translation>
    </message>
    <message>
        <source>This station runs on this PC&apos;s own journal now.</source>
        <translation>ตอนนี้สถานีนี้ใช้บันทึกของเครื่องนี้เอง</translation>
    </message>
    <message>
        <source>A new address applies at the next start of lazpack. The password is kept in this PC&apos;s keyring, never in the settings file.</source>
        <translation>ที่อยู่ใหม่มีผลเมื่อเปิด lazpack ครั้งถัดไป รหัสผ่านเก็บในที่เก็บกุญแจของเครื่องนี้ ไม่เคยอยู่ในไฟล์การตั้งค่า</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>ที่อยู่ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;Show warehouse key…</source>
        <translation>แสดงกุญแจคลังสินค้า(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Join this warehouse…</source>
        <translation>เข้าร่วมคลังสินค้านี้(&amp;J)…</translation>
    </message>
    <message>
        <source>This station has no warehouse key. Join this warehouse with the key shown on a station that is already set up; the first station of a new warehouse creates the key when it authorizes a shop.</source>
        <translation>สถานีนี้ไม่มีกุญแจคลังสินค้า เข้าร่วมคลังสินค้านี้ด้วยกุญแจที่แสดงบนสถานีที่ตั้งค่าไว้แล้ว สถานีแรกของคลังสินค้าใหม่จะสร้างกุญแจเมื่ออนุญาตร้านค้า</translation>
    </message>
    <message>
        <source>This station has the warehouse key (fingerprint %1).</source>
        <translation>สถานีนี้มีกุญแจคลังสินค้าแล้ว (ลายนิ้วมือ %1)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Show the warehouse key?</source>
        <translation>แสดงกุญแจคลังสินค้าไหม</translation>
    </message>
    <message>
        <source>The warehouse key unlocks the secrets of every shop of this warehouse. Show it only to type it at a station that joins, with nobody else looking.</source>
        <translation>กุญแจคลังสินค้าเปิดรหัสลับของทุกร้านค้าในคลังสินค้านี้ได้ แสดงเฉพาะเพื่อพิมพ์ที่สถานีที่จะเข้าร่วม และอย่าให้ใครเห็น</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>กำลังตรวจกุญแจ…</translation>
    </message>
</context>
<context>
    <name>WarehouseTokens</name>
    <message>
        <source>The renewed tokens are kept on this station until the warehouse database is back.</source>
        <extracomment>A rotated pair Lazada gave us that the database has not stored yet.</extracomment>
        <translation>โทเค็นที่ต่ออายุแล้วเก็บไว้ที่สถานีนี้จนกว่าฐานข้อมูลคลังสินค้าจะกลับมา</translation>
    </message>
    <message>
        <source>Connected (shared by the warehouse)</source>
        <translation>เชื่อมต่อแล้ว (ใช้ร่วมกันในคลังสินค้า)</translation>
    </message>
    <message>
        <source>Shop %1 is not authorized in this warehouse; authorize it on one station.</source>
        <translation>ร้านค้า %1 ยังไม่ได้อนุญาตในคลังสินค้านี้ ให้อนุญาตที่สถานีใดสถานีหนึ่ง</translation>
    </message>
    <message>
        <source>Shop %1 has no tokens to refresh.</source>
        <translation>ร้านค้า %1 ไม่มีโทเคนให้ต่ออายุ</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1; authorize it again on one station.</source>
        <translation>Lazada ไม่รับการอนุญาตของร้านค้า %1 แล้ว ให้อนุญาตใหม่ที่สถานีใดสถานีหนึ่ง</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <source>⚠ The warehouse database cannot be reached (since %1). Scans are kept, but no new order can be opened or claimed, and the open order&apos;s Lazada steps wait until the database is back. Reconnecting…</source>
        <extracomment>(background, text): a red that cannot be mistaken for the amber DEMO bar the &quot;Packing at&quot; column&apos;s first width: &quot;Station 12 · Ana · 40 s ago&quot; whole how long &quot;the warehouse database is back&quot; stays in the status bar</extracomment>
        <translation>⚠ ติดต่อฐานข้อมูลคลังสินค้าไม่ได้ (ตั้งแต่ %1) การสแกนยังถูกเก็บไว้ แต่เปิดหรือจองคำสั่งซื้อใหม่ไม่ได้ และขั้นตอน Lazada ของคำสั่งซื้อที่เปิดอยู่จะรอจนกว่าฐานข้อมูลกลับมา กำลังเชื่อมต่อใหม่…</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>no order open</source>
        <translation>ยังไม่ได้เปิดคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>order open</source>
        <translation>เปิดคำสั่งซื้อแล้ว</translation>
    </message>
    <message>
        <source>verifying items</source>
        <translation>กำลังตรวจสินค้า</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>ตรวจครบทุกชิ้นแล้ว</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>พิมพ์ใบปะหน้าแล้ว</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message>
        <source>open an order</source>
        <translation>เปิดคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>verify an item</source>
        <translation>ตรวจสินค้า</translation>
    </message>
    <message>
        <source>finish verifying</source>
        <translation>ตรวจให้เสร็จ</translation>
    </message>
    <message>
        <source>undo a scan</source>
        <translation>ยกเลิกการสแกน</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>แพ็ก</translation>
    </message>
    <message>
        <source>pack the verified items only</source>
        <translation>แพ็กเฉพาะที่ตรวจแล้ว</translation>
    </message>
    <message>
        <source>use the existing label</source>
        <translation>ใช้ใบปะหน้าที่มีอยู่</translation>
    </message>
    <message>
        <source>print the label</source>
        <translation>พิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>confirm the label</source>
        <translation>ยืนยันใบปะหน้า</translation>
    </message>
    <message>
        <source>mark ready to ship</source>
        <translation>ตั้งเป็นพร้อมส่ง</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>แพ็กใหม่</translation>
    </message>
    <message>
        <source>cancel the order</source>
        <translation>ยกเลิกคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>close the order</source>
        <translation>ปิดคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Lazada already has this order packed: repack it, or close it.</source>
        <extracomment>(state, event) -&gt; next state. Everything else is illegal.</extracomment>
        <translation>Lazada แพ็กคำสั่งซื้อนี้แล้ว: แพ็กใหม่ หรือปิดคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Cannot %1 while the order is %2.</source>
        <translation>%1 ไม่ได้ขณะที่คำสั่งซื้ออยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>Scan an order number, tracking number or package id.</source>
        <extracomment>States in which the packer is still scanning the order&apos;s items.</extracomment>
        <translation>สแกนเลขคำสั่งซื้อ เลขพัสดุ หรือรหัสพัสดุ</translation>
    </message>
    <message>
        <source>Scan DONE to try again, or CANCEL.</source>
        <translation>สแกน DONE เพื่อลองใหม่ หรือ CANCEL</translation>
    </message>
    <message>
        <source>Working on it — please wait.</source>
        <translation>กำลังทำ — รอสักครู่</translation>
    </message>
    <message>
        <source>Scan the label on the parcel to confirm it.</source>
        <translation>สแกนใบปะหน้าบนกล่องเพื่อยืนยัน</translation>
    </message>
    <message>
        <source>Scan DONE to pack.</source>
        <translation>สแกน DONE เพื่อแพ็ก</translation>
    </message>
    <message>
        <source>Scan DONE to print the label.</source>
        <translation>สแกน DONE เพื่อพิมพ์ใบปะหน้า</translation>
    </message>
    <message>
        <source>Scan DONE to mark ready to ship.</source>
        <translation>สแกน DONE เพื่อตั้งเป็นพร้อมส่ง</translation>
    </message>
    <message>
        <source>Put the parcel aside and scan the next order.</source>
        <translation>วางกล่องไว้ข้างๆ แล้วสแกนคำสั่งซื้อถัดไป</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1 — %2 (%3 left); %n more SKU(s) missing.</source>
        <translation>
            <numerusform>สแกน %1 — %2 (เหลือ %3) ยังขาดอีก %n SKU</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan %1 — %2 (%3 left).</source>
        <translation>สแกน %1 — %2 (เหลือ %3)</translation>
    </message>
</context>
</TS>
