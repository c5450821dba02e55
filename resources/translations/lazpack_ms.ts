<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Open another order?</source>
        <translation>Buka pesanan lain?</translation>
    </message>
    <message>
        <source>Order {current} is being packed ({verified} of {expected} items verified).

Leave it and open order {other}?</source>
        <translation>Pesanan {current} sedang dibungkus ({verified} daripada {expected} item disemak).

Tinggalkan dan buka pesanan {other}?</translation>
    </message>
    <message>
        <source>&amp;Leave it, open {other}</source>
        <translation>&amp;Tinggalkan, buka {other}</translation>
    </message>
    <message>
        <source>&amp;Keep packing {current}</source>
        <translation>Teruskan &amp;bungkus {current}</translation>
    </message>
    <message>
        <source>Pick list</source>
        <extracomment>settings.ui keys (no new settings fields: the ui dict is the window&apos;s own)</extracomment>
        <translation>Senarai ambil</translation>
    </message>
    <message>
        <source>The selected orders (%n)</source>
        <translation>Pesanan yang dipilih (%n)</translation>
    </message>
    <message>
        <source>Every order of this tab (%n)</source>
        <translation>Semua pesanan dalam tab ini (%n)</translation>
    </message>
    <message>
        <source>Everything to pack for the shipping provider</source>
        <translation>Semua untuk dibungkus bagi penyedia penghantaran</translation>
    </message>
    <message>
        <source>Add a packing slip page per order</source>
        <translation>Tambah halaman slip bungkus bagi setiap pesanan</translation>
    </message>
    <message>
        <source>A4 printer</source>
        <translation>Pencetak A4</translation>
    </message>
    <message>
        <source>(ask with the print dialog)</source>
        <translation>(tanya melalui dialog cetak)</translation>
    </message>
    <message>
        <source>Make pick list</source>
        <translation>Buat senarai ambil</translation>
    </message>
    <message>
        <source>%n selected orders</source>
        <translation>%n pesanan dipilih</translation>
    </message>
    <message>
        <source>Pick list #%1</source>
        <translation>Senarai ambil #%1</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship the %n orders to pack</source>
        <translation>Bungkus &amp;&amp; hantar %n pesanan untuk dibungkus</translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>Buka pesanan yang dipilih</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>Membuat senarai ambil…</translation>
    </message>
    <message>
        <source>The pick list could not be saved: </source>
        <translation>Senarai ambil tidak dapat disimpan: </translation>
    </message>
    <message>
        <source>Pick list #%1 saved as %2</source>
        <translation>Senarai ambil #%1 disimpan sebagai %2</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>Katalog produk</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>No barcode yet</source>
        <translation>Belum ada kod bar</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>Import CSV/XLSX…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport…</translation>
    </message>
    <message>
        <source>Stickers for the selected SKUs…</source>
        <translation>Pelekat untuk SKU yang dipilih…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%n SKUs</source>
        <translation>%n SKU</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Hamparan (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Import katalog</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Eksport katalog</translation>
    </message>
    <message>
        <source>Imported: %n SKUs changed.</source>
        <translation>Diimport: %n SKU berubah.</translation>
    </message>
    <message>
        <source>%n SKUs exported to </source>
        <translation>%n SKU dieksport ke </translation>
    </message>
    <message>
        <source>Select the SKUs to print stickers for first.</source>
        <translation>Pilih SKU untuk dicetak pelekat dahulu.</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Pratonton import</translation>
    </message>
    <message>
        <source>Import %n changes</source>
        <translation>Import %n perubahan</translation>
    </message>
    <message>
        <source>SKU stickers</source>
        <translation>Pelekat SKU</translation>
    </message>
    <message>
        <source>Sticker size</source>
        <translation>Saiz pelekat</translation>
    </message>
    <message>
        <source>(save as PDF)</source>
        <translation>(simpan sebagai PDF)</translation>
    </message>
    <message>
        <source>Sticker printer</source>
        <translation>Pencetak pelekat</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>Simpan pelekat sebagai PDF</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Tidak disimpan: </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>lazpack is free software under the MIT licence.
It ships Qt and Qt for Python (LGPL-3.0) and FFmpeg (LGPL-2.1+) as separate, replaceable libraries, and the Python packages listed below under their own licences.</source>
        <translation>lazpack ialah perisian bebas di bawah lesen MIT.
Ia disertakan dengan Qt dan Qt for Python (LGPL-3.0) serta FFmpeg (LGPL-2.1+) sebagai pustaka berasingan yang boleh diganti, dan pakej Python di bawah dengan lesen masing-masing.</translation>
    </message>
    <message>
        <source>(The third-party notices could not be read: %1)</source>
        <translation>(Notis pihak ketiga tidak dapat dibaca: %1)</translation>
    </message>
    <message>
        <source>Diagnostics copied — paste them into your message to support.</source>
        <translation>Diagnostik disalin — tampal ke dalam mesej anda kepada sokongan.</translation>
    </message>
    <message>
        <source>About lazpack</source>
        <translation>Perihal lazpack</translation>
    </message>
    <message>
        <source>Packing station for Lazada sellers: scan, verify, pack, print the AWB, ready to ship.</source>
        <translation>Stesen pembungkusan untuk penjual Lazada: imbas, semak, bungkus, cetak AWB, sedia dihantar.</translation>
    </message>
    <message>
        <source>Data folder: %1&lt;br&gt;Settings: %2&lt;br&gt;Log folder: %3</source>
        <translation>Folder data: %1&lt;br&gt;Tetapan: %2&lt;br&gt;Folder log: %3</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Salin diagnostik</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Lesen:</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Link this barcode?</source>
        <translation>Pautkan kod bar ini?</translation>
    </message>
    <message>
        <source>“%1” is unknown. Is it one of these items? It will be remembered for this shop.</source>
        <translation>“%1” tidak dikenali. Adakah ia salah satu item ini? Ia akan diingati untuk kedai ini.</translation>
    </message>
    <message>
        <source>Confirm an item without barcode</source>
        <translation>Sahkan item tanpa kod bar</translation>
    </message>
    <message>
        <source>Which item did you check by eye? It is recorded as confirmed manually.</source>
        <translation>Item mana yang anda semak dengan mata? Ia direkod sebagai disahkan secara manual.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Connecting to the warehouse database…</source>
        <extracomment>What runs after the first paint waits at most this long for it (a window that starts minimised or on a screen that never paints must still open its shops). built with the window (a saved printer that is gone is reported there) settings fields that fell back to defaults at start (shown once the window is up) set once the window&apos;s first frame is painted (or after ``FIRST_PAINT_WAIT_S``) set once the core and the scan path are built (right after the first paint)</extracomment>
        <translation>Menyambung ke pangkalan data gudang…</translation>
    </message>
    <message>
        <source>Serial scanner on %1.</source>
        <translation>Pengimbas bersiri pada %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lazpack — internal error</source>
        <translation>lazpack — ralat dalaman</translation>
    </message>
    <message>
        <source>Something went wrong inside lazpack. Your work so far is kept.
If it happens again, copy the details below and send them to support.</source>
        <translation>Berlaku ralat di dalam lazpack. Kerja anda setakat ini disimpan.
Jika berulang, salin butiran di bawah dan hantar kepada sokongan.</translation>
    </message>
    <message>
        <source>lazpack — settings</source>
        <translation>lazpack — Tetapan</translation>
    </message>
    <message>
        <source>Some settings could not be used; lazpack uses the defaults for them.</source>
        <translation>Sesetengah tetapan tidak dapat digunakan; lazpack menggunakan nilai lalai untuknya.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Paste the address the browser showed after consenting.</source>
        <extracomment>The seller consent page (lazada-api.md §2.1); one host for every country. Refresh the access token when less than this is left (issue 7: &quot;under a day&quot;). Warn that the shop must be re-authorized when its refresh token has less than this left. Below this the current access token is not worth using even if a refresh failed.</extracomment>
        <translation>Tampal alamat yang dipaparkan pelayar selepas bersetuju.</translation>
    </message>
    <message>
        <source>That does not look like an authorization code.</source>
        <translation>Itu tidak kelihatan seperti kod kebenaran.</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Lazada tidak membenarkan kedai: %1</translation>
    </message>
    <message>
        <source>The pasted address has no authorization code (…?code=…).</source>
        <translation>Alamat yang ditampal tiada kod kebenaran (…?code=…).</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser after clicking Submit on Lazada.</source>
        <translation>Salin seluruh alamat daripada pelayar selepas klik Submit di Lazada.</translation>
    </message>
    <message>
        <source>The pasted address belongs to a different authorization attempt.</source>
        <translation>Alamat yang ditampal milik cubaan kebenaran yang lain.</translation>
    </message>
    <message>
        <source>Click Authorize again and paste the address from that browser tab.</source>
        <translation>Klik Authorize semula dan tampal alamat daripada tab pelayar itu.</translation>
    </message>
</context>
<context>
    <name>Barcodes</name>
    <message>
        <source>“%1” is an item, and no order is open. Scan the order number or its label first.</source>
        <translation>“%1” ialah item, dan tiada pesanan dibuka. Imbas nombor pesanan atau labelnya dahulu.</translation>
    </message>
    <message>
        <source>“%1” is not an open order, tracking number or package id.</source>
        <translation>“%1” bukan pesanan terbuka, nombor penjejakan atau ID bungkusan.</translation>
    </message>
    <message>
        <source>“%1” is not the label of order %2 (expected %3). Check the parcel&apos;s label.</source>
        <translation>“%1” bukan label pesanan %2 (sepatutnya %3). Semak label pada bungkusan.</translation>
    </message>
    <message>
        <source>Wrong item: “%1” is %2, which is not in order %3.</source>
        <translation>Item salah: “%1” ialah %2, tiada dalam pesanan %3.</translation>
    </message>
    <message>
        <source>Wrong item: %1 is not in order %2 (it belongs to order %3).</source>
        <translation>Item salah: %1 tiada dalam pesanan %2 (milik pesanan %3).</translation>
    </message>
    <message>
        <source> Link it to one of this order&apos;s items if it is one of them.</source>
        <translation> Pautkan kepada salah satu item pesanan ini jika ia memang item itu.</translation>
    </message>
    <message>
        <source>Unknown barcode “%1”.%2</source>
        <translation>Kod bar tidak dikenali “%1”.%2</translation>
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
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>emitted with the newest report after a retry finished</extracomment>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Package / item</source>
        <translation>Bungkusan / item</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Lazada says</source>
        <translation>Kata Lazada</translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <translation>&amp;Cuba semula baris gagal</translation>
    </message>
    <message>
        <source>Unknown: Lazada may or may not have applied these; lazpack re-reads the orders before anything is sent again.</source>
        <translation>Tidak diketahui: Lazada mungkin sudah atau belum melaksanakannya; lazpack membaca semula pesanan sebelum menghantar apa-apa lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) can be retried.</source>
        <translation>
            <numerusform>%n baris gagal boleh dicuba semula.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retry possible)</source>
        <translation>%1 (boleh dicuba semula)</translation>
    </message>
    <message>
        <source>The answer was lost; the order is re-read before re-sending.</source>
        <translation>Jawapan hilang; pesanan dibaca semula sebelum dihantar semula.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n row(s)…</source>
        <translation>
            <numerusform>Mencuba semula %n baris…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Cubaan semula gagal: %1</translation>
    </message>
    <message>
        <source>Retry failed: internal error (logged).</source>
        <translation>Cubaan semula gagal: ralat dalaman (direkod).</translation>
    </message>
</context>
<context>
    <name>BatchPacker</name>
    <message>
        <source>not changed: %1 (read twice), so nothing was sent</source>
        <extracomment>the item ids the order book holds for the order: a fresh read must have them all digital items still to deliver; physical: the order has items to pack</extracomment>
        <translation>tidak diubah: %1 (sudah dibaca dua kali), jadi tiada apa dihantar</translation>
    </message>
    <message>
        <source>not in the open orders list</source>
        <translation>tiada dalam senarai pesanan terbuka</translation>
    </message>
    <message>
        <source>open at the scan station; finish or cancel it there first</source>
        <translation>sedang dibuka di stesen imbas; selesaikan atau batalkan di sana dahulu</translation>
    </message>
    <message>
        <source>could not read the order</source>
        <translation>pesanan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>part of it is still packed from a refused attempt and could not be undone</source>
        <translation>sebahagiannya masih dibungkus daripada cubaan yang ditolak dan tidak dapat dibatalkan</translation>
    </message>
    <message>
        <source>Delivered by your own fleet: no AWB; print its delivery slip in the DBS tab and mark it delivered there.</source>
        <translation>Dihantar oleh penjual: tiada AWB; cetak slip penghantaran di tab DBS dan tanda dihantar di sana.</translation>
    </message>
    <message>
        <source>digital items not delivered: %1</source>
        <translation>item digital belum dihantar: %1</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention its digital items</source>
        <translation>Jawapan Lazada tidak menyebut item digitalnya</translation>
    </message>
    <message>
        <source>the answer to the digital delivery was lost; it is checked with Lazada before anything is sent again</source>
        <translation>jawapan penghantaran digital hilang; disemak dengan Lazada dahulu sebelum hantar semula</translation>
    </message>
    <message>
        <source>digital delivery refused: %1 (%2)</source>
        <translation>penghantaran digital ditolak: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n digital item(s) delivered.</source>
        <translation>
            <numerusform>%n item digital dihantar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lazada refused to deliver its digital items: %1 (%2)</source>
        <translation>Lazada menolak menghantar item digital: %1 (%2)</translation>
    </message>
    <message>
        <source>digital items already delivered.</source>
        <translation>item digital sudah dihantar.</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>tiada item</translation>
    </message>
    <message>
        <source>no digital item to deliver (%1)</source>
        <translation>tiada item digital untuk dihantar (%1)</translation>
    </message>
    <message>
        <source>already packed; not packed again.</source>
        <translation>sudah dibungkus; tidak dibungkus semula.</translation>
    </message>
    <message>
        <source>nothing to pack (items canceled, shipped or not paid)</source>
        <translation>tiada apa untuk dibungkus (item dibatalkan, sudah dihantar atau belum dibayar)</translation>
    </message>
    <message>
        <source>no shipment provider was chosen for this group</source>
        <translation>tiada penyedia penghantaran dipilih untuk kumpulan ini</translation>
    </message>
    <message>
        <source>Lazada refused to pack it: %1 (%2)</source>
        <translation>Lazada menolak membungkus: %1 (%2)</translation>
    </message>
    <message>
        <source>shipment providers not read: %1</source>
        <translation>penyedia penghantaran tidak dibaca: %1</translation>
    </message>
    <message>
        <source>Lazada refused to offer a shipment provider: %1 (%2)</source>
        <translation>Lazada tidak menawarkan penyedia penghantaran: %1 (%2)</translation>
    </message>
    <message>
        <source>the pack answer was lost and the order could not be checked</source>
        <translation>jawapan bungkus hilang dan pesanan tidak dapat disemak</translation>
    </message>
    <message>
        <source>the pack answer was lost; %1</source>
        <translation>jawapan bungkus hilang; %1</translation>
    </message>
    <message>
        <source>pack refused: %1 (%2)</source>
        <translation>bungkus ditolak: %1 (%2)</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this order</source>
        <translation>jawapan Lazada tidak menyebut pesanan ini</translation>
    </message>
    <message>
        <source> — the order was left unpacked so it ships in one parcel.</source>
        <translation> — pesanan dibiarkan tidak dibungkus supaya dihantar dalam satu bungkusan.</translation>
    </message>
    <message>
        <source> — the other items may stay packed in %1.</source>
        <translation> — item lain mungkin kekal dibungkus dalam %1.</translation>
    </message>
    <message>
        <source>label not fetched: %1</source>
        <translation>label tidak diambil: %1</translation>
    </message>
    <message>
        <source>Lazada refused to print its label: %1 (%2)</source>
        <translation>Lazada menolak mencetak label: %1 (%2)</translation>
    </message>
    <message>
        <source>label not printed: %1</source>
        <translation>label tidak dicetak: %1</translation>
    </message>
    <message>
        <source>could not check before ready to ship</source>
        <translation>tidak dapat menyemak sebelum sedia dihantar</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>belum sedia</translation>
    </message>
    <message>
        <source>Lazada refused to set it ready to ship: %1 (%2)</source>
        <translation>Lazada menolak tanda sedia dihantar: %1 (%2)</translation>
    </message>
    <message>
        <source>the ready-to-ship answer was lost and it did not apply</source>
        <translation>jawapan sedia dihantar hilang dan ia tidak dilaksanakan</translation>
    </message>
    <message>
        <source>ready to ship refused: %1 (%2)</source>
        <translation>sedia dihantar ditolak: %1 (%2)</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this package</source>
        <translation>jawapan Lazada tidak menyebut bungkusan ini</translation>
    </message>
    <message>
        <source>no row for this order in the answer</source>
        <translation>tiada baris untuk pesanan ini dalam jawapan</translation>
    </message>
    <message>
        <source>the whole call was refused: %1 (%2)</source>
        <translation>seluruh panggilan ditolak: %1 (%2)</translation>
    </message>
    <message>
        <source>; the packed part is still to undo</source>
        <translation>; bahagian yang dibungkus masih perlu dibatalkan</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <source>%1 has no SKU column.</source>
        <translation>%1 tiada lajur SKU.</translation>
    </message>
    <message>
        <source>The first row names the columns: %1.</source>
        <translation>Baris pertama menamakan lajur: %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Fail %1 tidak wujud.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (%2).</source>
        <translation>%1 bukan teks UTF-8 (%2).</translation>
    </message>
    <message>
        <source>Save it from the spreadsheet as “CSV UTF-8”, or as .xlsx.</source>
        <translation>Simpan dari hamparan sebagai “CSV UTF-8”, atau sebagai .xlsx.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Cancel this order (before packing) / close it</source>
        <extracomment>Control and format characters: GS (FNC1 as transmitted), RS, EOT, stray CR/LF/Tab, zero-width spaces some wedge drivers inject. Every command barcode starts with this. &quot;#&quot; and &quot;:&quot; together never occur in Lazada SKUs in practice, Code128 (set B) encodes them, and the prefix is short enough for a 100 mm wide command sheet. What the command sheet prints under each barcode (the packer&apos;s words).</extracomment>
        <translation>Batalkan pesanan ini (sebelum dibungkus) / tutup</translation>
    </message>
    <message>
        <source>Done: finish the remaining steps</source>
        <translation>Selesai: lengkapkan langkah yang tinggal</translation>
    </message>
    <message>
        <source>Reprint the label</source>
        <translation>Cetak semula label</translation>
    </message>
    <message>
        <source>Repack (new package, new label)</source>
        <translation>Bungkus semula (bungkusan baharu, label baharu)</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>Buat asal imbasan item terakhir</translation>
    </message>
    <message>
        <source>Confirm the missing item without a barcode</source>
        <translation>Sahkan item yang kurang tanpa kod bar</translation>
    </message>
    <message>
        <source>Pack the verified items only</source>
        <translation>Bungkus item yang disemak sahaja</translation>
    </message>
    <message>
        <source>Log in as packer</source>
        <translation>Log masuk sebagai pembungkus</translation>
    </message>
    <message>
        <source>Log out packer</source>
        <translation>Log keluar pembungkus</translation>
    </message>
    <message>
        <source>Pick list: list its orders</source>
        <translation>Senarai ambil: senaraikan pesanannya</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Pembungkus: %1</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>lazpack — command barcodes</source>
        <translation>lazpack — kod bar arahan</translation>
    </message>
    <message>
        <source>There are no commands to print.</source>
        <translation>Tiada arahan untuk dicetak.</translation>
    </message>
    <message>
        <source>“%1” cannot be a Code128 barcode.</source>
        <translation>“%1” tidak boleh menjadi kod bar Code128.</translation>
    </message>
    <message>
        <source>Use ASCII letters only.</source>
        <translation>Guna huruf ASCII sahaja.</translation>
    </message>
    <message>
        <source>Scan a barcode with the station&apos;s scanner. Keep this sheet next to the packing desk.</source>
        <translation>Imbas kod bar dengan pengimbas stesen. Simpan helaian ini di sebelah meja bungkus.</translation>
    </message>
</context>
<context>
    <name>DbsDeliveryDialog</name>
    <message>
        <source>Delivered by seller</source>
        <translation>Dihantar oleh penjual</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) delivered by your own fleet:</source>
        <translation>
            <numerusform>%n bungkusan dihantar oleh armada anda sendiri:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  —  order %2  —  %n unit(s)</source>
        <translation>
            <numerusform>%1  —  pesanan %2  —  %n unit</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>&amp;Dihantar</translation>
    </message>
    <message>
        <source>&amp;Failed delivery</source>
        <translation>Penghantaran &amp;gagal</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Sebab (wajib):</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (pilihan):</translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Tandakan gagal</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Tandakan dihantar</translation>
    </message>
</context>
<context>
    <name>DbsPanel</name>
    <message>
        <source>Package</source>
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Mark &amp;delivered…</source>
        <translation>Tandakan &amp;dihantar…</translation>
    </message>
    <message>
        <source>&amp;Failed delivery…</source>
        <translation>Penghantaran &amp;gagal…</translation>
    </message>
    <message>
        <source>Print delivery &amp;slips</source>
        <translation>Cetak &amp;slip penghantaran</translation>
    </message>
</context>
<context>
    <name>DeliverySlip</name>
    <message>
        <source>Package %1 has no items to put on a delivery slip.</source>
        <extracomment>3 dots per module on a 203 dpi thermal head: bars land on whole dots and scan reliably.</extracomment>
        <translation>Bungkusan %1 tiada item untuk slip penghantaran.</translation>
    </message>
    <message>
        <source>Refresh the order and try again.</source>
        <translation>Muat semula pesanan dan cuba lagi.</translation>
    </message>
    <message>
        <source>Delivery slip %1</source>
        <translation>Slip penghantaran %1</translation>
    </message>
    <message>
        <source>DELIVERY SLIP</source>
        <translation>SLIP PENGHANTARAN</translation>
    </message>
    <message>
        <source>Delivered by seller · page %1</source>
        <translation>Dihantar oleh penjual · muka %1</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>Dihantar oleh penjual</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pesanan %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Bungkusan %1</translation>
    </message>
    <message>
        <source>DELIVER TO</source>
        <translation>HANTAR KEPADA</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tiada nama)</translation>
    </message>
    <message>
        <source>Tel %1</source>
        <translation>Tel %1</translation>
    </message>
    <message>
        <source>COLLECT (COD): %1</source>
        <translation>KUTIP (COD): %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>KTT</translation>
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
        <translation>Diterima oleh: ____________________</translation>
    </message>
</context>
<context>
    <name>DialogPrint</name>
    <message>
        <source>Print labels</source>
        <extracomment>saves the station&apos;s settings; without it (an A4 command sheet) nothing is offered to be remembered</extracomment>
        <translation>Cetak label</translation>
    </message>
    <message>
        <source> — choose a printer</source>
        <translation> — pilih pencetak</translation>
    </message>
</context>
<context>
    <name>EvidencePdf</name>
    <message>
        <source>Packing evidence, order %1</source>
        <translation>Bukti pembungkusan, pesanan %1</translation>
    </message>
    <message>
        <source>Packing evidence — order %1</source>
        <translation>Bukti pembungkusan — pesanan %1</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nombor penjejakan</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pembungkus</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stesen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>Di dalam bungkusan</translation>
    </message>
    <message>
        <source>Scans at the station</source>
        <translation>Imbasan di stesen</translation>
    </message>
    <message>
        <source>… %1 more scans in the station&apos;s journal</source>
        <translation>… %1 imbasan lagi dalam jurnal stesen</translation>
    </message>
    <message>
        <source>Made by lazpack on %1</source>
        <translation>Dibuat oleh lazpack pada %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentDialogs</name>
    <message>
        <source>• %1 (order %2)</source>
        <translation>• %1 (pesanan %2)</translation>
    </message>
    <message>
        <source>Recreate the package?</source>
        <translation>Cipta semula bungkusan?</translation>
    </message>
    <message>
        <source>Recreate these packages at Lazada?
%1

The printed label becomes VOID: remove it from the parcel. The order goes back to To pack, and a new package and label follow when it is packed again.</source>
        <translation>Cipta semula bungkusan ini di Lazada?
%1

Label yang dicetak menjadi BATAL: tanggalkan dari bungkusan. Pesanan kembali ke Untuk dibungkus, dan bungkusan serta label baharu dibuat apabila dibungkus semula.</translation>
    </message>
    <message>
        <source>&amp;Repack</source>
        <translation>Bungkus &amp;semula</translation>
    </message>
    <message>
        <source>Deliver digital items?</source>
        <translation>Hantar item digital?</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n digital item(s) of %1 as delivered at Lazada?
Send the codes or vouchers to the buyers first.</source>
        <translation>
            <numerusform>Tandakan %n item digital daripada %1 sebagai dihantar di Lazada?
Hantar kod atau baucar kepada pembeli dahulu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pesanan</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>&amp;Hantar</translation>
    </message>
    <message>
        <source>Order %1 is not loaded, so its slip cannot be printed.</source>
        <translation>Pesanan %1 belum dimuatkan, jadi slipnya tidak boleh dicetak.</translation>
    </message>
    <message>
        <source>Refresh the orders (F5) and try again.</source>
        <translation>Muat semula pesanan (F5) dan cuba lagi.</translation>
    </message>
    <message>
        <source>DBS delivery slips</source>
        <translation>Slip penghantaran DBS</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>pesanan %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentService</name>
    <message>
        <source>Repack</source>
        <extracomment>Reasons offered for a failed DBS delivery; the packer may type another one. A DBS package is out with the seller&apos;s own fleet after RTS; Confirm/FailedDeliveryForDBS act on ``ready_to_ship`` only (lazada-api.md §4.6, §5). A paid digital item waits in ``pending``; DeliverDigital moves it to ``delivered`` (§5).</extracomment>
        <translation>Bungkus semula</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Tandakan dihantar</translation>
    </message>
    <message>
        <source>Failed delivery</source>
        <translation>Penghantaran gagal</translation>
    </message>
    <message>
        <source>Deliver digital items</source>
        <translation>Hantar item digital</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <extracomment>Lazada refused the whole call, not this row (see ``RowResult.whole_call``)</extracomment>
        <translation>%1 berjaya</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 gagal</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 tidak diketahui</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order (%1 allocation) and does not allocate one itself.</source>
        <translation>Lazada tidak menawarkan penyedia penghantaran untuk pesanan ini (peruntukan %1) dan tidak memperuntukkannya sendiri.</translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <extracomment>Package ids alone, or ``{package_id: order_id}`` so the journal and the report know the order. One batch call of the port: package ids in, merged rows out.</extracomment>
        <translation>Tiada apa untuk dicuba semula.</translation>
    </message>
    <message>
        <source>Only rows Lazada marked as retryable can be re-sent.</source>
        <translation>Hanya baris yang ditanda Lazada boleh dicuba semula sahaja boleh dihantar semula.</translation>
    </message>
    <message>
        <source>Item %1 has no order id; reload the order.</source>
        <translation>Item %1 tiada ID pesanan; muat semula pesanan.</translation>
    </message>
    <message>
        <source>No shipment provider chosen.</source>
        <translation>Penyedia penghantaran belum dipilih.</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this row</source>
        <translation>Jawapan Lazada tidak menyebut baris ini</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>scan %1</source>
        <extracomment>Orders a search shows at most; the status line says when there are more.</extracomment>
        <translation>imbas %1</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>imbas</translation>
    </message>
    <message>
        <source>%1 (Lazada)</source>
        <translation>%1 (Lazada)</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>belum ada jawapan</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>bungkusan %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stesen</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pembungkus</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Action / scan</source>
        <translation>Tindakan / imbasan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Order id or number, tracking number, package id, SKU or scanned code</source>
        <extracomment>Emitted after every finished search (the number of rows shown). Emitted after an export with (path, rows written).</extracomment>
        <translation>ID atau nombor pesanan, nombor penjejakan, ID bungkusan, SKU atau kod yang diimbas</translation>
    </message>
    <message>
        <source>All packers</source>
        <translation>Semua pembungkus</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksport CSV…</translation>
    </message>
    <message>
        <source>Select a line and press Enter to see the order&apos;s timeline.</source>
        <translation>Pilih satu baris dan tekan Enter untuk melihat garis masa pesanan.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dalam %2</translation>
    </message>
    <message numerus="yes">
        <source> — only the %n most recent orders are shown; narrow the search or the dates to see older ones</source>
        <translation>
            <numerusform> — hanya %n pesanan terkini dipaparkan; kecilkan carian atau tarikh untuk melihat yang lebih lama</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for these filters.</source>
        <translation>Tiada hasil untuk penapis ini.</translation>
    </message>
    <message>
        <source>Order %1 — loading…</source>
        <translation>Pesanan %1 — memuatkan…</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>sedia dihantar</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>sudah dibungkus</translation>
    </message>
    <message>
        <source>not packed</source>
        <translation>belum dibungkus</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Pesanan %1 · %2 · %3</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>penjejakan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s) %1</source>
        <translation>
            <numerusform>%n pembungkus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) %1</source>
        <translation>
            <numerusform>%n stesen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 daripada %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pesanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong scan(s)</source>
        <translation>
            <numerusform>%n imbasan salah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item scan(s)</source>
        <translation>
            <numerusform>%n imbasan item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n kegagalan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a known outcome</source>
        <translation>
            <numerusform>%n tanpa hasil yang diketahui</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Eksport sejarah sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Mengeksport ke %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>%n baris dieksport ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemKeys</name>
    <message>
        <source>seller SKU</source>
        <translation>SKU penjual</translation>
    </message>
    <message>
        <source>shop SKU</source>
        <translation>SKU kedai</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>unpaid</source>
        <extracomment>Lazada&apos;s item statuses in the packer&apos;s words (shown through :func:`status_text`).</extracomment>
        <translation>belum dibayar</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>menunggu dibungkus</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>sudah dibungkus</translation>
    </message>
    <message>
        <source>repacked</source>
        <translation>sudah dibungkus semula</translation>
    </message>
    <message>
        <source>ready to ship pending</source>
        <translation>menunggu sedia dihantar</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>sedia dihantar</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>sudah dihantar</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>sudah diterima</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>penghantaran gagal</translation>
    </message>
    <message>
        <source>shipped back</source>
        <translation>dihantar balik</translation>
    </message>
    <message>
        <source>shipped back success</source>
        <translation>berjaya dihantar balik</translation>
    </message>
    <message>
        <source>shipped back failed</source>
        <translation>gagal dihantar balik</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>dipulangkan</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>hilang</translation>
    </message>
    <message>
        <source>lost by 3PL</source>
        <translation>hilang oleh 3PL</translation>
    </message>
    <message>
        <source>damaged by 3PL</source>
        <translation>rosak oleh 3PL</translation>
    </message>
</context>
<context>
    <name>JournalConnection</name>
    <message>
        <source>The journal %1 could not store a text with an invalid character.</source>
        <translation>Jurnal %1 tidak dapat menyimpan teks dengan aksara tidak sah.</translation>
    </message>
    <message>
        <source>Scan again; report it if it keeps happening.</source>
        <translation>Imbas semula; laporkan jika berulang.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another program (%2).</source>
        <translation>Jurnal %1 dikunci oleh program lain (%2).</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>Tutup tetingkap lazpack atau alat lain yang menggunakan folder data ini dan cuba lagi.</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full.</source>
        <translation>Cakera yang menyimpan jurnal %1 penuh.</translation>
    </message>
    <message>
        <source>The journal %1 is read-only.</source>
        <translation>Jurnal %1 baca sahaja.</translation>
    </message>
    <message>
        <source>The journal %1 could not be written to disk (%2).</source>
        <translation>Jurnal %1 tidak dapat ditulis ke cakera (%2).</translation>
    </message>
    <message>
        <source>Check free disk space and that the disk is still connected, then try again.</source>
        <translation>Semak ruang cakera dan pastikan cakera masih bersambung, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2.</source>
        <translation>Jurnal %1 tidak dapat ditulis: %2.</translation>
    </message>
    <message>
        <source>Give this user write access to the data folder, or start lazpack with another --data-dir.</source>
        <translation>Beri pengguna ini akses tulis ke folder data, atau mulakan lazpack dengan --data-dir lain.</translation>
    </message>
    <message>
        <source>The damaged journal was kept as %1 and a new one was started.</source>
        <translation>Jurnal rosak disimpan sebagai %1 dan jurnal baharu dimulakan.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2.</source>
        <translation>Folder jurnal %1 tidak dapat dicipta: %2.</translation>
    </message>
    <message>
        <source>Move the file in the way, or start lazpack with another --data-dir.</source>
        <translation>Alihkan fail yang menghalang, atau mulakan lazpack dengan --data-dir lain.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: a folder of that name is in the way.</source>
        <translation>Jurnal %1 tidak dapat dibuka: ada folder dengan nama itu.</translation>
    </message>
    <message>
        <source>Move or rename that folder, or start lazpack with another --data-dir.</source>
        <translation>Alihkan atau namakan semula folder itu, atau mulakan lazpack dengan --data-dir lain.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: the data folder is read-only.</source>
        <translation>Jurnal %1 tidak dapat ditulis: folder data baca sahaja.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2.</source>
        <translation>Jurnal %1 tidak dapat dibuka: %2.</translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging (mode %2).</source>
        <translation>Jurnal %1 tidak dapat menggunakan write-ahead logging (mod %2).</translation>
    </message>
    <message>
        <source>Keep the data folder on a local disk, not a network share.</source>
        <translation>Simpan folder data pada cakera tempatan, bukan perkongsian rangkaian.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and cannot be moved aside: %2.</source>
        <translation>Jurnal %1 rosak dan tidak dapat dialihkan: %2.</translation>
    </message>
    <message>
        <source>Move the file away by hand, then start lazpack again.</source>
        <translation>Alihkan fail secara manual, kemudian mulakan lazpack semula.</translation>
    </message>
</context>
<context>
    <name>JournalViews</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Sejarah</translation>
    </message>
    <message>
        <source>S&amp;tats</source>
        <translation>S&amp;tatistik</translation>
    </message>
</context>
<context>
    <name>Journaled</name>
    <message>
        <source>no rows in the answer</source>
        <translation>tiada baris dalam jawapan</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>Something went wrong.</source>
        <extracomment>Short, plain-language message for the status bar / banner.</extracomment>
        <translation>Berlaku ralat.</translation>
    </message>
    <message>
        <source>Lazada refused the request.</source>
        <extracomment>What to do next.</extracomment>
        <translation>Lazada menolak permintaan.</translation>
    </message>
    <message>
        <source>The shop&apos;s authorization is no longer valid.</source>
        <translation>Kebenaran kedai tidak lagi sah.</translation>
    </message>
    <message>
        <source>Reconnect the shop (Shops → Reconnect).</source>
        <translation>Sambung semula kedai (Kedai → Sambung semula).</translation>
    </message>
    <message>
        <source>The access token is invalid or expired.</source>
        <translation>Access token tidak sah atau tamat tempoh.</translation>
    </message>
    <message>
        <source>The refresh token is invalid or expired; the shop must be authorized again.</source>
        <translation>Refresh token tidak sah atau tamat tempoh; kedai perlu dibenarkan semula.</translation>
    </message>
    <message>
        <source>The authorization code is invalid, used or expired (codes last 30 minutes).</source>
        <translation>Kod kebenaran tidak sah, sudah digunakan atau tamat tempoh (sah 30 minit).</translation>
    </message>
    <message>
        <source>Start the authorization again.</source>
        <translation>Mulakan kebenaran semula.</translation>
    </message>
    <message>
        <source>This app can only be authorized through the Service Market.</source>
        <translation>Aplikasi ini hanya boleh dibenarkan melalui Service Market.</translation>
    </message>
    <message>
        <source>Lazada rejected the request signature.</source>
        <translation>Lazada menolak tandatangan permintaan.</translation>
    </message>
    <message>
        <source>Check the app key and app secret in the shop settings.</source>
        <translation>Semak app key dan app secret dalam tetapan kedai.</translation>
    </message>
    <message>
        <source>Lazada is rate-limiting this app; waiting before trying again.</source>
        <translation>Lazada mengehadkan kadar aplikasi ini; menunggu sebelum mencuba semula.</translation>
    </message>
    <message>
        <source>Lazada did not answer in time.</source>
        <translation>Lazada tidak menjawab dalam masa.</translation>
    </message>
    <message>
        <source>lazpack retries automatically; check the network if this persists.</source>
        <translation>lazpack mencuba semula secara automatik; semak rangkaian jika berterusan.</translation>
    </message>
    <message>
        <source>No connection to Lazada.</source>
        <translation>Tiada sambungan ke Lazada.</translation>
    </message>
    <message>
        <source>Check the station&apos;s network connection.</source>
        <translation>Semak sambungan rangkaian stesen.</translation>
    </message>
    <message>
        <source>Lazada sent an answer lazpack cannot read.</source>
        <translation>Lazada menghantar jawapan yang tidak dapat dibaca oleh lazpack.</translation>
    </message>
    <message>
        <source>Nothing was changed locally; try again. Report it if it keeps happening.</source>
        <translation>Tiada apa berubah setempat; cuba lagi. Laporkan jika berulang.</translation>
    </message>
    <message>
        <source>Lazada says the seller account is not verified or not active.</source>
        <translation>Lazada menyatakan akaun penjual belum disahkan atau tidak aktif.</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last action.</source>
        <translation>Lazada mungkin sudah atau belum melaksanakan tindakan terakhir.</translation>
    </message>
    <message>
        <source>lazpack checks the order at Lazada before doing anything else.</source>
        <translation>lazpack menyemak pesanan di Lazada sebelum melakukan apa-apa lagi.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Tiada apa dipilih.</translation>
    </message>
    <message>
        <source>Select at least one package or order first.</source>
        <translation>Pilih sekurang-kurangnya satu bungkusan atau pesanan dahulu.</translation>
    </message>
    <message>
        <source>A reason is required for a failed delivery.</source>
        <translation>Sebab diperlukan untuk penghantaran gagal.</translation>
    </message>
    <message>
        <source>Pick a reason from the list or type one.</source>
        <translation>Pilih sebab daripada senarai atau taip sendiri.</translation>
    </message>
    <message>
        <source>These labels were printed already.</source>
        <translation>Label ini sudah dicetak.</translation>
    </message>
    <message>
        <source>Confirm the reprint; a second label on a parcel confuses the courier.</source>
        <translation>Sahkan cetak semula; dua label pada satu bungkusan mengelirukan kurier.</translation>
    </message>
    <message>
        <source>Labels printed already: %1.</source>
        <translation>Label sudah dicetak: %1.</translation>
    </message>
    <message>
        <source>This label was voided (the package was re-created).</source>
        <translation>Label ini telah dibatalkan (bungkusan dicipta semula).</translation>
    </message>
    <message>
        <source>Print the label of the new package instead.</source>
        <translation>Cetak label bungkusan baharu.</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order.</source>
        <translation>Lazada tidak menawarkan penyedia penghantaran untuk pesanan ini.</translation>
    </message>
    <message>
        <source>Check the order in Seller Center; it cannot be packed from the station yet.</source>
        <translation>Semak pesanan di Seller Center; ia belum boleh dibungkus dari stesen.</translation>
    </message>
    <message>
        <source>The label printer is not available.</source>
        <translation>Pencetak label tidak tersedia.</translation>
    </message>
    <message>
        <source>Check that it is switched on, or choose another printer.</source>
        <translation>Pastikan ia dihidupkan, atau pilih pencetak lain.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so shop secrets cannot be stored.</source>
        <translation>Keyring sistem tidak tersedia, jadi rahsia kedai tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The local journal could not be written.</source>
        <translation>Jurnal setempat tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Check free disk space and permissions of the data folder.</source>
        <translation>Semak ruang cakera dan kebenaran folder data.</translation>
    </message>
    <message>
        <source>The local journal cannot be opened.</source>
        <translation>Jurnal setempat tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Update lazpack on this station, or start it with another --data-dir.</source>
        <translation>Kemas kini lazpack di stesen ini, atau mulakan dengan --data-dir lain.</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>Tutup tetingkap lazpack atau alat lain yang menggunakan folder data ini dan cuba lagi.</translation>
    </message>
    <message>
        <source>The disk holding the local journal is full.</source>
        <translation>Cakera yang menyimpan jurnal setempat penuh.</translation>
    </message>
    <message>
        <source>Free some disk space (or move the data folder), then try again.</source>
        <translation>Kosongkan ruang cakera (atau alihkan folder data), kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The shop authorization did not complete.</source>
        <translation>Kebenaran kedai tidak selesai.</translation>
    </message>
    <message>
        <source>Click Authorize again and finish the consent page in the browser.</source>
        <translation>Klik Authorize semula dan lengkapkan halaman persetujuan dalam pelayar.</translation>
    </message>
    <message>
        <source>This shop is disconnected and must be authorized again.</source>
        <translation>Kedai ini terputus dan perlu dibenarkan semula.</translation>
    </message>
    <message>
        <source>The label file cannot be read.</source>
        <translation>Fail label tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Fetch the label again (Reprint); lazpack discards the damaged copy.</source>
        <translation>Ambil label semula (Cetak semula); lazpack membuang salinan yang rosak.</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <source>%1 Choose the printer for this label:</source>
        <translation>%1 Pilih pencetak untuk label ini:</translation>
    </message>
</context>
<context>
    <name>LabelPrintOptions</name>
    <message>
        <source>Labels</source>
        <extracomment>Windows and macOS show their native dialog, which has no room for the label options: there the defaults apply (always print here, use the label size; a printer chosen to rescue a failed label is never saved); Station → Settings → Label printer changes them.</extracomment>
        <translation>Label</translation>
    </message>
    <message>
        <source>Always print labels here without asking</source>
        <translation>Sentiasa cetak label di sini tanpa bertanya</translation>
    </message>
    <message>
        <source>Use the label size (%1)</source>
        <translation>Guna saiz label (%1)</translation>
    </message>
    <message>
        <source>Print on the printer&apos;s own paper (label scaled to fit)</source>
        <translation>Cetak pada kertas pencetak (label dikecilkan supaya muat)</translation>
    </message>
    <message>
        <source>If the printer&apos;s paper is not the label&apos;s size:</source>
        <translation>Jika kertas pencetak tidak sama saiz dengan label:</translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <source>Unknown label paper %1.</source>
        <extracomment>Thermal label printers print at 203 dpi; PDF output uses it so a saved label prints 1:1. Above this the raster only costs time: no label printer resolves finer. Answers to &quot;the printer&apos;s page does not match the label&quot;, remembered per printer. Page sizes within this many millimetres count as the same paper.</extracomment>
        <translation>Saiz kertas label tidak dikenali: %1.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Pilih salah satu: %1.</translation>
    </message>
    <message>
        <source>Unknown orientation %1.</source>
        <translation>Orientasi tidak dikenali: %1.</translation>
    </message>
    <message>
        <source>Use portrait or landscape.</source>
        <translation>Guna potret atau landskap.</translation>
    </message>
    <message>
        <source>The label file cannot be read (%1).</source>
        <translation>Fail label tidak dapat dibaca (%1).</translation>
    </message>
    <message>
        <source>The label printer “%1” was not found.</source>
        <translation>Pencetak label “%1” tidak dijumpai.</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. Choose another printer in Settings → Printer, or print with the system dialog. Available: %1.</source>
        <translation>Mungkin dicabut, dinamakan semula atau dibuang. Pilih pencetak lain dalam Tetapan → Pencetak, atau cetak melalui dialog sistem. Tersedia: %1.</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. No printers are installed; print with the system dialog or save the labels as PDF.</source>
        <translation>Mungkin dicabut, dinamakan semula atau dibuang. Tiada pencetak dipasang; cetak melalui dialog sistem atau simpan label sebagai PDF.</translation>
    </message>
    <message>
        <source>The label printer “%1” reports an error (offline or out of labels).</source>
        <translation>Pencetak label “%1” melaporkan ralat (luar talian atau label habis).</translation>
    </message>
    <message>
        <source>Check that it is switched on, connected and loaded, or choose another printer.</source>
        <translation>Pastikan ia dihidupkan, bersambung dan berisi label, atau pilih pencetak lain.</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fail PDF</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>pencetak</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to portrait in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>“%1” menggunakan %2 × %3 mm, label terpusing ke sisi. Betulkan: tetapkan orientasi potret dalam Tetapan → Pencetak atau dalam tetapan pencetak sendiri.</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to landscape in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>“%1” menggunakan %2 × %3 mm, label terpusing ke sisi. Betulkan: tetapkan orientasi landskap dalam Tetapan → Pencetak atau dalam tetapan pencetak sendiri.</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm paper but the label is %4 × %5 mm, so it prints at %6 size. Fix: set the paper size to %4 × %5 mm in the printer&apos;s settings (Printers → Preferences), or pick the paper it really has in Settings → Printer.</source>
        <translation>“%1” menggunakan kertas %2 × %3 mm tetapi label %4 × %5 mm, jadi ia dicetak pada saiz %6. Betulkan: tetapkan saiz kertas %4 × %5 mm dalam tetapan pencetak (Pencetak → Keutamaan), atau pilih kertas sebenar dalam Tetapan → Pencetak.</translation>
    </message>
    <message>
        <source>“%1” adds margins (%2 mm), which shrink the label. Fix: set the margins to 0 / borderless in the printer&apos;s settings.</source>
        <translation>“%1” menambah jidar (%2 mm) yang mengecilkan label. Betulkan: tetapkan jidar 0 / tanpa sempadan dalam tetapan pencetak.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>pencetak</translation>
    </message>
    <message>
        <source>The print job could not be started on “%1”.</source>
        <translation>Kerja cetak tidak dapat dimulakan pada “%1”.</translation>
    </message>
    <message>
        <source>Check the printer, or choose another; the labels are kept and can be printed again.</source>
        <translation>Semak pencetak, atau pilih yang lain; label disimpan dan boleh dicetak semula.</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>Pencetak berhenti menerima halaman.</translation>
    </message>
    <message>
        <source>Check the printer; then print the labels again.</source>
        <translation>Semak pencetak, kemudian cetak semula label.</translation>
    </message>
    <message>
        <source>“%1” failed while printing.</source>
        <translation>“%1” gagal semasa mencetak.</translation>
    </message>
    <message>
        <source>The printer</source>
        <translation>Pencetak</translation>
    </message>
    <message>
        <source>Check the printer (paper, cover, cable); then print the labels again.</source>
        <translation>Semak pencetak (kertas, penutup, kabel), kemudian cetak semula label.</translation>
    </message>
    <message>
        <source>No label printer is set.</source>
        <translation>Pencetak label belum ditetapkan.</translation>
    </message>
    <message>
        <source>Choose one in Settings → Printer, or print with the system dialog.</source>
        <translation>Pilih dalam Tetapan → Pencetak, atau cetak melalui dialog sistem.</translation>
    </message>
</context>
<context>
    <name>LabelService</name>
    <message>
        <source>The label of package %1 was voided.</source>
        <extracomment>package id → prints so far, including this one where ``print_label`` sends jobs; the UI sets it from the printer settings</extracomment>
        <translation>Label bungkusan %1 telah dibatalkan.</translation>
    </message>
    <message>
        <source>Lazada&apos;s label link expired twice in a row.</source>
        <translation>Pautan label Lazada tamat tempoh dua kali berturut-turut.</translation>
    </message>
    <message>
        <source>Check the station&apos;s clock and network, then print again.</source>
        <translation>Semak jam dan rangkaian stesen, kemudian cetak semula.</translation>
    </message>
    <message>
        <source>PrintAWB answered without a label link for %1.</source>
        <translation>PrintAWB menjawab tanpa pautan label untuk %1.</translation>
    </message>
    <message>
        <source>The label of %1 is not a PDF.</source>
        <translation>Label %1 bukan PDF.</translation>
    </message>
    <message>
        <source>AWB ×%1</source>
        <translation>AWB ×%1</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>Pencetak label belum dipilih.</translation>
    </message>
    <message>
        <source>Set a label printer in Settings → Printer, or print with the dialog.</source>
        <translation>Tetapkan pencetak label dalam Tetapan → Pencetak, atau cetak melalui dialog.</translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <source>The label folder %1 cannot be created: %2</source>
        <translation>Folder label %1 tidak dapat dicipta: %2</translation>
    </message>
    <message>
        <source>The label of package %1 cannot be saved: %2</source>
        <translation>Label bungkusan %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>The label print record cannot be written: %1</source>
        <translation>Rekod cetakan label tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>The label print records cannot be read: %1</source>
        <translation>Rekod cetakan label tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>PC language (%1)</source>
        <translation>Bahasa PC (%1)</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>The redirect URI is not a loopback address (http://127.0.0.1:PORT/…).</source>
        <translation>Redirect URI bukan alamat loopback (http://127.0.0.1:PORT/…).</translation>
    </message>
    <message>
        <source>Paste the address from the browser instead.</source>
        <translation>Tampal alamat daripada pelayar sahaja.</translation>
    </message>
    <message>
        <source>Port %1 on this PC is busy, so lazpack cannot receive the answer.</source>
        <translation>Port %1 pada PC ini sibuk, jadi lazpack tidak dapat menerima jawapan.</translation>
    </message>
    <message>
        <source>Close the program using it, or paste the address from the browser.</source>
        <translation>Tutup program yang menggunakannya, atau tampal alamat daripada pelayar.</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Bukan di sini</translation>
    </message>
    <message>
        <source>lazpack only expects the Lazada redirect.</source>
        <translation>lazpack hanya menunggu ubah hala daripada Lazada.</translation>
    </message>
    <message>
        <source>This answer does not belong to lazpack&apos;s current authorization</source>
        <translation>Jawapan ini bukan milik kebenaran semasa lazpack</translation>
    </message>
    <message>
        <source>Go back to lazpack and click Authorize again if needed.</source>
        <translation>Kembali ke lazpack dan klik Authorize semula jika perlu.</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Sudah diterima</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Anda boleh menutup tab ini.</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Lazada tidak membenarkan kedai: %1</translation>
    </message>
    <message>
        <source>Authorization was not given</source>
        <translation>Kebenaran tidak diberikan</translation>
    </message>
    <message>
        <source>No authorization code</source>
        <translation>Tiada kod kebenaran</translation>
    </message>
    <message>
        <source>Click Authorize again in lazpack.</source>
        <translation>Klik Authorize semula dalam lazpack.</translation>
    </message>
    <message>
        <source>The shop is being connected to lazpack</source>
        <translation>Kedai sedang disambungkan ke lazpack</translation>
    </message>
    <message>
        <source>You can close this tab and go back to lazpack.</source>
        <translation>Anda boleh menutup tab ini dan kembali ke lazpack.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting…</source>
        <translation>Menyambung…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Dalam talian</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Luar talian</translation>
    </message>
    <message>
        <source>● Rate limited</source>
        <translation>● Dihadkan</translation>
    </message>
    <message>
        <source>● Shop authorization needed</source>
        <translation>● Perlu kebenaran kedai</translation>
    </message>
    <message>
        <source>● Sync error</source>
        <translation>● Ralat penyegerakan</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>room for a window&apos;s title bar and frame around its client area (see ``fit_to_screen``) Tab bar order; None is &quot;All&quot;.</extracomment>
        <translation>Semua</translation>
    </message>
    <message>
        <source>lazpack — DEMO shop</source>
        <translation>lazpack — kedai DEMO</translation>
    </message>
    <message>
        <source>DEMO — simulated orders. Nothing here reaches a real shop.</source>
        <extracomment>keys the window&apos;s packing actions own even while the field has focus the status bar&apos;s Reconnect button: open Station → Shops…</extracomment>
        <translation>DEMO — pesanan simulasi. Tiada apa sampai ke kedai sebenar.</translation>
    </message>
    <message>
        <source>Scan an order, AWB or item barcode (F2)</source>
        <translation>Imbas pesanan, AWB atau kod bar item (F2)</translation>
    </message>
    <message>
        <source>Search: order, SKU, item, tracking, customer (Ctrl+F)</source>
        <translation>Cari: pesanan, SKU, item, penjejakan, pelanggan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the orders of one shop (Ctrl+Shift+F)</source>
        <translation>Papar pesanan satu kedai (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum disegerakkan</translation>
    </message>
    <message>
        <source>Syncing %v / %m</source>
        <translation>Menyegerak %v / %m</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <extracomment>on a warehouse database: which station talks to Lazada for the shops</extracomment>
        <translation>Sambung semula…</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Stesen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Segerak sekarang</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>&amp;Packing</source>
        <translation>B&amp;ungkus</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>Stesen pembungkusan</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;ergi</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>Ruang imbas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Filter by shop</source>
        <translation>Tapis mengikut kedai</translation>
    </message>
    <message>
        <source>Orders list</source>
        <translation>Senarai pesanan</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Tab seterusnya</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Tab sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Pembungkus: %1</translation>
    </message>
    <message>
        <source>No packer — scan your card</source>
        <translation>Tiada pembungkus — imbas kad anda</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Semua kedai</translation>
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
        <translation>stesen ini</translation>
    </message>
    <message>
        <source>Lazada sync: %1</source>
        <translation>Segerak Lazada: %1</translation>
    </message>
    <message>
        <source>One station of the warehouse talks to Lazada for each shop; the others read the orders it synced from the warehouse database.</source>
        <translation>Satu stesen di gudang berhubung dengan Lazada untuk setiap kedai; stesen lain membaca pesanan yang disegerakkan olehnya daripada pangkalan data gudang.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>sebentar tadi</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n minit lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 (%2)</source>
        <translation>Disegerak %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OrderBatchReport</name>
    <message>
        <source>%1 of %2 orders done, %3 failed</source>
        <extracomment>The step a digital-only order reaches (it has no pack, label or ready to ship).</extracomment>
        <translation>%1 daripada %2 pesanan selesai, %3 gagal</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>To pack</source>
        <extracomment>The tabs the window shows, in order, with the packer&apos;s words for them.</extracomment>
        <translation>Untuk dibungkus</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Sudah dibungkus</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Sedia dihantar</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>Dihantar penjual</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Bermasalah</translation>
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
        <translation>Rentas sempadan</translation>
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
        <translation>%1 saat lalu</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 minit lalu</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 jam lalu</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2 by %3, %4.</source>
        <translation>Pesanan %1 sedang dibungkus di %2 oleh %3, %4.</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2, %3.</source>
        <translation>Pesanan %1 sedang dibungkus di %2, %3.</translation>
    </message>
    <message>
        <source>packing</source>
        <extracomment>The journal&apos;s write actions as a packer reads them (&quot;left mid-%2&quot;); an unknown one shows as its code rather than nothing.</extracomment>
        <translation>pembungkusan</translation>
    </message>
    <message>
        <source>ready-to-ship</source>
        <translation>sedia dihantar</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>bungkus semula</translation>
    </message>
    <message>
        <source>label printing</source>
        <translation>cetakan label</translation>
    </message>
    <message>
        <source>delivery confirmation</source>
        <translation>pengesahan penghantaran</translation>
    </message>
    <message>
        <source>failed-delivery report</source>
        <translation>laporan penghantaran gagal</translation>
    </message>
    <message>
        <source>digital delivery</source>
        <translation>penghantaran digital</translation>
    </message>
    <message>
        <source>Scan another order, or take this one over if that station has stopped.</source>
        <extracomment>called after this station claimed, released or lost an order (the list refreshes)</extracomment>
        <translation>Imbas pesanan lain, atau ambil alih pesanan ini jika stesen itu sudah berhenti.</translation>
    </message>
    <message>
        <source>Order %1 was left mid-%2 by another station and Lazada could not be asked yet what happened.</source>
        <translation>Pesanan %1 ditinggalkan oleh stesen lain di tengah-tengah %2 dan Lazada belum dapat ditanya apa yang berlaku.</translation>
    </message>
    <message>
        <source>Scan the order again in a moment.</source>
        <translation>Tunggu sebentar, kemudian imbas pesanan sekali lagi.</translation>
    </message>
    <message>
        <source>A take-over needs a reason (it is kept in the journal).</source>
        <translation>Ambil alih memerlukan sebab (disimpan dalam jurnal).</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Qty</source>
        <extracomment>Buyer text (notes, gift messages) longer than this is cut in the panel; the whole text is in the details tooltip. how wide the Package column may get: a package id&apos;s head and tail (&quot;FP0…54433&quot;), whole in the tooltip Lines of the order details the panel shows at most (never taller than the screen). the order now shown (an ``OrderRow``, or None): side panels follow it (packing video)</extracomment>
        <translation>Ktt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>No order selected</source>
        <extracomment>verification progress of the order open at the scan station (per SKU)</extracomment>
        <translation>Tiada pesanan dipilih</translation>
    </message>
    <message>
        <source>Select an order in the list or scan it.</source>
        <translation>Pilih pesanan dalam senarai atau imbas.</translation>
    </message>
    <message>
        <source>Reprint label (Ctrl+P)</source>
        <translation>Cetak semula label (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preview label (Ctrl+Shift+V)</source>
        <translation>Pratonton label (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Repack… (Ctrl+Shift+R)</source>
        <translation>Bungkus semula… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pesanan %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Masalah: %1</translation>
    </message>
    <message>
        <source>DIGITAL — no parcel; deliver with Ctrl+Shift+D</source>
        <translation>DIGITAL — tiada bungkusan; hantar dengan Ctrl+Shift+D</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
        </translation>
    </message>
    <message>
        <source>GIFT: %1</source>
        <translation>HADIAH: %1</translation>
    </message>
    <message>
        <source>GIFT</source>
        <translation>HADIAH</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Bungkusan %1</translation>
    </message>
    <message>
        <source>Tracking %1</source>
        <translation>Penjejakan %1</translation>
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
        <translation> Hanya bungkusan ini disemak; bungkusan lain pesanan ini: %1.</translation>
    </message>
    <message>
        <source>not packed yet</source>
        <translation>belum dibungkus</translation>
    </message>
    <message>
        <source>Order %1 has only digital items: nothing to pack. Deliver them at Lazada (Packing → Deliver digital items, Ctrl+Shift+D).</source>
        <translation>Pesanan %1 hanya ada item digital: tiada apa untuk dibungkus. Hantar melalui Lazada (Bungkus → Hantar item digital, Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Parcel %1 of order %2 has already shipped (%3): nothing to pack.</source>
        <translation>Bungkusan %1 pesanan %2 sudah dihantar (%3): tiada apa untuk dibungkus.</translation>
    </message>
    <message>
        <source>Order %1 has already shipped (%2): nothing to pack.</source>
        <translation>Pesanan %1 sudah dihantar (%2): tiada apa untuk dibungkus.</translation>
    </message>
    <message numerus="yes">
        <source> %n item(s) stay pending.</source>
        <translation>
            <numerusform> %n item kekal menunggu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 packed (%2).%3</source>
        <translation>Pesanan %1 dibungkus (%2).%3</translation>
    </message>
    <message>
        <source>Order %1 was not changed: %2 (no items came back as the station knows them), so nothing was sent.</source>
        <extracomment>the state the running step is heading for (the next-action text while working)</extracomment>
        <translation>Pesanan %1 tidak diubah: %2 (item yang diterima tidak sepadan dengan yang diketahui stesen), jadi tiada apa dihantar.</translation>
    </message>
    <message>
        <source>Scan DONE to read the order again.</source>
        <translation>Imbas DONE untuk membaca pesanan semula.</translation>
    </message>
    <message>
        <source>Label printed. Scan it on the parcel to confirm.</source>
        <translation>Label dicetak. Imbas label pada bungkusan untuk mengesahkan.</translation>
    </message>
    <message>
        <source>Lazada did not %1.</source>
        <translation>Lazada tidak %1.</translation>
    </message>
    <message>
        <source>Scan %1 to try again.</source>
        <translation>Imbas %1 untuk mencuba semula.</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last %1 of order %2 and cannot be checked right now (%3).</source>
        <translation>Lazada mungkin sudah atau belum melaksanakan %1 terakhir pesanan %2 dan tidak dapat disemak sekarang (%3).</translation>
    </message>
    <message>
        <source>Nothing is sent until it can be checked; scan DONE to check again.</source>
        <translation>Tiada apa dihantar sehingga boleh disemak; imbas DONE untuk menyemak semula.</translation>
    </message>
    <message>
        <source>Part of order %1 is still packed from the refused attempt (%2); it is undone before the rest is packed, so the order ships in one parcel.</source>
        <translation>Sebahagian pesanan %1 masih dibungkus daripada cubaan yang ditolak (%2); ia dibatalkan sebelum selebihnya dibungkus, supaya pesanan dihantar dalam satu bungkusan.</translation>
    </message>
    <message>
        <source>Scan DONE to try again.</source>
        <translation>Imbas DONE untuk mencuba semula.</translation>
    </message>
    <message>
        <source>Order %1 changed at Lazada: </source>
        <translation>Pesanan %1 berubah di Lazada: </translation>
    </message>
    <message>
        <source>Take canceled items out of the parcel and scan CANCEL, or pack the rest with PARTIAL after undoing them.</source>
        <translation>Keluarkan item yang dibatalkan dari bungkusan dan imbas CANCEL, atau bungkus selebihnya dengan PARTIAL selepas mengeluarkannya.</translation>
    </message>
    <message>
        <source>Order %1 is already packed.</source>
        <translation>Pesanan %1 sudah dibungkus.</translation>
    </message>
    <message>
        <source> The packed part was undone so the order ships in one parcel.</source>
        <translation> Bahagian yang dibungkus dibatalkan supaya pesanan dihantar dalam satu bungkusan.</translation>
    </message>
    <message>
        <source> Part of it is packed in %1.</source>
        <translation> Sebahagiannya dibungkus dalam %1.</translation>
    </message>
    <message>
        <source>Lazada did not pack order %1: %2.%3</source>
        <translation>Lazada tidak membungkus pesanan %1: %2.%3</translation>
    </message>
    <message>
        <source> The part Lazada packed was undone so the order ships in one parcel.</source>
        <translation> Bahagian yang dibungkus Lazada dibatalkan supaya pesanan dihantar dalam satu bungkusan.</translation>
    </message>
    <message>
        <source> Part of it is packed in %1; that is undone first.</source>
        <translation> Sebahagiannya dibungkus dalam %1; itu dibatalkan dahulu.</translation>
    </message>
    <message>
        <source>Lazada did not pack all of order %1 (its answer was lost and the order is still to pack).%2</source>
        <translation>Lazada tidak membungkus keseluruhan pesanan %1 (jawapan hilang dan pesanan masih untuk dibungkus).%2</translation>
    </message>
    <message>
        <source>Order %1 has no package to print a label for.</source>
        <translation>Pesanan %1 tiada bungkusan untuk dicetak label.</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>dicetak semula</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>dicetak</translation>
    </message>
    <message>
        <source>Label for order %1 %2.</source>
        <translation>Label pesanan %1 %2.</translation>
    </message>
    <message>
        <source>Order %1 cannot be set ready to ship: </source>
        <translation>Pesanan %1 tidak dapat ditetapkan sedia dihantar: </translation>
    </message>
    <message>
        <source>set order %1 ready to ship (its answer was lost and the package is still packed)</source>
        <translation>menetapkan pesanan %1 sedia dihantar (jawapan hilang dan bungkusan masih dibungkus)</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship.</source>
        <translation>Pesanan %1 sedia dihantar.</translation>
    </message>
    <message>
        <source>Lazada did not set order %1 ready to ship: %2</source>
        <translation>Lazada tidak menetapkan pesanan %1 sedia dihantar: %2</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship (%2).</source>
        <translation>Pesanan %1 sedia dihantar (%2).</translation>
    </message>
    <message>
        <source>recreate the package of order %1</source>
        <translation>mencipta semula bungkusan pesanan %1</translation>
    </message>
    <message>
        <source>Lazada did not recreate the package of order %1: %2</source>
        <translation>Lazada tidak mencipta semula bungkusan pesanan %1: %2</translation>
    </message>
    <message>
        <source>Package %1 recreated: its label is void. Scan DONE to pack again.</source>
        <translation>Bungkusan %1 dicipta semula: labelnya batal. Imbas DONE untuk membungkus semula.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>just now</source>
        <translation>sebentar tadi</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n minit lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n jam lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>semalam</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ cancel requested</source>
        <translation>⚠ permintaan batal</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Texts the search index keeps results for (a few searches&apos; worth of keystrokes). Up to this many changed rows are merged in place; more (a full sync page) re-sort.</extracomment>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Penghantaran</translation>
    </message>
    <message>
        <source>Package / tracking</source>
        <translation>Bungkusan / penjejakan</translation>
    </message>
    <message>
        <source>Packing at</source>
        <translation>Dibungkus di</translation>
    </message>
    <message>
        <source>This station</source>
        <extracomment>{Tab: count} after every change of the book. The search index: text → visible positions for the current tab, shop and row order (cleared when any of them changes). A keystroke narrows the longest cached text it contains instead of all rows; backspacing is a lookup. a warehouse&apos;s live order claims (who packs what), and this station&apos;s id</extracomment>
        <translation>Stesen ini</translation>
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
        <translation>Bayar semasa terima: kurier mengutip wang</translation>
    </message>
</context>
<context>
    <name>PackBatchDialog</name>
    <message>
        <source>local</source>
        <extracomment>The batch service&apos;s order groups (``Group`` values), as the packer reads them.</extracomment>
        <translation>tempatan</translation>
    </message>
    <message>
        <source>cross-border</source>
        <translation>rentas sempadan</translation>
    </message>
    <message>
        <source>delivered by seller</source>
        <translation>dihantar oleh penjual</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lain</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 daripada %3 selesai</translation>
    </message>
    <message>
        <source>%1, %2 failed</source>
        <translation>%1, %2 gagal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Dicapai</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>tiada apa dihantar</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>sudah dibungkus</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>label dicetak</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>sedia</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>dihantar</translation>
    </message>
    <message>
        <source>Pack &amp; ship — results</source>
        <translation>Bungkus &amp; hantar — keputusan</translation>
    </message>
    <message>
        <source>&amp;Retry failed orders</source>
        <translation>&amp;Cuba semula pesanan gagal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED (retry possible)</source>
        <translation>GAGAL (boleh dicuba semula)</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n can be retried (R).</source>
        <translation>
            <numerusform>%1 %n boleh dicuba semula (R).</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1: done.</source>
        <translation>Pesanan %1: selesai.</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry can help:</source>
        <translation>Pesanan %1 gagal; cuba semula boleh membantu:</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry cannot help as is:</source>
        <translation>Pesanan %1 gagal; cuba semula begini tidak membantu:</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n order(s)…</source>
        <translation>
            <numerusform>Mencuba semula %n pesanan…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retry failed: %2</source>
        <translation>%1 Cubaan semula gagal: %2</translation>
    </message>
</context>
<context>
    <name>PackContext</name>
    <message>
        <source>Lazada answered with no items for it</source>
        <translation>Lazada menjawab tanpa sebarang item</translation>
    </message>
    <message>
        <source>Lazada answered with item rows that have no id</source>
        <translation>Lazada menjawab dengan baris item tanpa id</translation>
    </message>
    <message>
        <source>Lazada answered with items of another order</source>
        <translation>Lazada menjawab dengan item pesanan lain</translation>
    </message>
    <message numerus="yes">
        <source>Lazada&apos;s answer leaves out %n of its items</source>
        <translation>
            <numerusform>jawapan Lazada tidak menyertakan %n itemnya</numerusform>
        </translation>
    </message>
    <message>
        <source>A shipment provider must be chosen for this order.</source>
        <extracomment>Asked when the shop must pick a shipment provider (``provider_choice == &quot;ask&quot;`` or no saved choice): returns the chosen ``provider_code`` or None when the packer declined. (shop_id, order_id) -&gt; packages of a partly refused Pack whose undo has not succeeded yet: settled before the order is packed again (one parcel per order) (shop_id, order_id) -&gt; the ``shipping_allocate_type`` GetShipmentProvider answered for the order (TFS local, NTFS cross-border): a batch groups by it before asking</extracomment>
        <translation>Penyedia penghantaran mesti dipilih untuk pesanan ini.</translation>
    </message>
    <message>
        <source>Pick one in the provider dialog, or save one for the shop in Settings.</source>
        <translation>Pilih dalam dialog penyedia, atau simpan satu untuk kedai dalam Tetapan.</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Starting — checking unfinished work…</source>
        <translation>Memulakan — menyemak kerja yang belum selesai…</translation>
    </message>
    <message>
        <source>lazpack is still checking the last session with Lazada; scan again in a moment.</source>
        <translation>lazpack masih menyemak sesi terakhir dengan Lazada; imbas semula sebentar lagi.</translation>
    </message>
    <message>
        <source>Reprint cancelled.</source>
        <translation>Cetak semula dibatalkan.</translation>
    </message>
    <message>
        <source>Repack cancelled.</source>
        <translation>Bungkus semula dibatalkan.</translation>
    </message>
    <message>
        <source>Select orders in the list first.</source>
        <translation>Pilih pesanan dalam senarai dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>Packing and shipping %n order(s)…</source>
        <translation>
            <numerusform>Membungkus dan menghantar %n pesanan…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>Order %1 has nothing to pack (its items are canceled, shipped, digital or unpaid).</source>
        <extracomment>for UNKNOWN: the SKUs of the open order this barcode could be linked to Item statuses a packer can still work on at the station. Later ones (shipped...) and canceled rows are shown nowhere in the session: they are not in the parcel.</extracomment>
        <translation>Pesanan %1 tiada apa untuk dibungkus (item dibatalkan, dihantar, digital atau belum dibayar).</translation>
    </message>
    <message>
        <source>There is no item scan to undo.</source>
        <translation>Tiada imbasan item untuk dibuat asal.</translation>
    </message>
    <message>
        <source>The saved packing session cannot be restored (%1).</source>
        <translation>Sesi pembungkusan yang disimpan tidak dapat dipulihkan (%1).</translation>
    </message>
    <message>
        <source>Open the order again; its state at Lazada is unchanged.</source>
        <translation>Buka pesanan semula; statusnya di Lazada tidak berubah.</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>Scan an order or AWB</source>
        <extracomment>a scanned order has only digital items: offer DeliverDigital for it (the key) &quot;open another order?&quot; while one is being packed (a list pick, never a scan) False until start-up recovery ran: no scan or batch may write before it</extracomment>
        <translation>Imbas pesanan atau AWB</translation>
    </message>
    <message>
        <source>Ready to ship ✓ — scan the next order</source>
        <translation>Sedia dihantar ✓ — imbas pesanan seterusnya</translation>
    </message>
    <message>
        <source>Packing…</source>
        <extracomment>(flash, settled tint, text) per severity; light palette then dark palette kinds after which the service goes on by itself when the policy reaches that step</extracomment>
        <translation>Membungkus…</translation>
    </message>
    <message>
        <source>Printing label…</source>
        <translation>Mencetak label…</translation>
    </message>
    <message>
        <source>Marking ready to ship…</source>
        <translation>Menandakan sedia dihantar…</translation>
    </message>
    <message>
        <source>Not finished — scan DONE to retry, or CANCEL</source>
        <translation>Belum selesai — imbas DONE untuk cuba semula, atau CANCEL</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Memproses…</translation>
    </message>
    <message>
        <source>Scan item %1 of %2: %3</source>
        <translation>Imbas item %1 daripada %2: %3</translation>
    </message>
    <message>
        <source>All items verified — scan DONE to pack</source>
        <translation>Semua item disemak — imbas DONE untuk membungkus</translation>
    </message>
    <message>
        <source>Packed — scan DONE to print the label</source>
        <translation>Sudah dibungkus — imbas DONE untuk cetak label</translation>
    </message>
    <message>
        <source>Scan the label on the parcel</source>
        <translation>Imbas label pada bungkusan</translation>
    </message>
    <message>
        <source>Label printed — scan DONE for ready to ship</source>
        <translation>Label dicetak — imbas DONE untuk sedia dihantar</translation>
    </message>
    <message>
        <source>No order open</source>
        <extracomment>&quot;ok&quot; | &quot;error&quot; | &quot;info&quot; | &quot;ready&quot; — the colour currently shown</extracomment>
        <translation>Tiada pesanan dibuka</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation>%v daripada %m item</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Pembungkus: %1</translation>
    </message>
    <message>
        <source>Packer: — (scan your card)</source>
        <translation>Pembungkus: — (imbas kad anda)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pesanan %1</translation>
    </message>
</context>
<context>
    <name>PackersStep</name>
    <message>
        <source>Type the packers&apos; names, one per line (Latin letters, as on their card). Each gets a card with a barcode: scanning it logs the packer in.</source>
        <translation>Taip nama pembungkus, satu sebaris (huruf Latin, seperti pada kad). Setiap orang mendapat kad kod bar: imbas kad untuk log masuk.</translation>
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
        <translation>&amp;Cetak kad pembungkus…</translation>
    </message>
    <message>
        <source>“%1” cannot go on a barcode card: use Latin letters and digits (no “:”). A Thai or Vietnamese name needs a Latin nickname here.</source>
        <translation>“%1” tidak boleh diletakkan pada kad kod bar: guna huruf Latin dan angka (tanpa “:”). Nama Thai atau Vietnam perlukan nama panggilan Latin di sini.</translation>
    </message>
    <message>
        <source>Packers: none yet</source>
        <translation>Pembungkus: belum ada</translation>
    </message>
    <message>
        <source>Type at least one name first.</source>
        <translation>Taip sekurang-kurangnya satu nama dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>Cards for %n packer(s) are ready to print.</source>
        <translation>
            <numerusform>Kad untuk %n pembungkus sedia untuk dicetak.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackingService</name>
    <message>
        <source>Opening order %1…</source>
        <translation>Membuka pesanan %1…</translation>
    </message>
    <message>
        <source>Empty scan ignored.</source>
        <translation>Imbasan kosong diabaikan.</translation>
    </message>
    <message>
        <source>“%1” ignored: order %2 is still being processed. Scan again when it is done.</source>
        <translation>“%1” diabaikan: pesanan %2 masih diproses. Imbas semula apabila selesai.</translation>
    </message>
    <message>
        <source>Scan an order first.</source>
        <extracomment>order claims across the stations of a warehouse (None: this PC is alone) the claim of the order a scan is opening (warehouse), answered in the background a pick list&apos;s barcode (``#LP:WAVE:&lt;id&gt;``) scanned: its orders&apos; summary (or raises ``WorkflowError``); the station&apos;s ``PickingService`` answers it asked before an order is opened: a refusal in the packer&apos;s words, or &quot;&quot; (the packing video&apos;s &quot;require video&quot; while the camera is not recording)</extracomment>
        <translation>Imbas pesanan dahulu.</translation>
    </message>
    <message>
        <source>“%1” not counted: %2</source>
        <translation>“%1” tidak dikira: %2</translation>
    </message>
    <message>
        <source>Too many: %1 — %2 is already complete (%3 of %4). Put this one back.</source>
        <translation>Terlebih: %1 — %2 sudah lengkap (%3 daripada %4). Letak balik yang ini.</translation>
    </message>
    <message>
        <source>confirmed without barcode</source>
        <translation>disahkan tanpa kod bar</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>melalui %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2: %3 daripada %4</translation>
    </message>
    <message>
        <source>%1. All %2 items verified.</source>
        <translation>%1. Kesemua %2 item telah disemak.</translation>
    </message>
    <message>
        <source>Packing…</source>
        <translation>Membungkus…</translation>
    </message>
    <message>
        <source>Order %1 is not in the open orders list.</source>
        <translation>Pesanan %1 tiada dalam senarai pesanan terbuka.</translation>
    </message>
    <message>
        <source>Wait until the current order is done.</source>
        <translation>Tunggu sehingga pesanan semasa selesai.</translation>
    </message>
    <message>
        <source>“%1” is another parcel of order %2. Finish this parcel (%3) first, or scan CANCEL.</source>
        <translation>“%1” ialah bungkusan lain pesanan %2. Selesaikan bungkusan ini (%3) dahulu, atau imbas CANCEL.</translation>
    </message>
    <message>
        <source>Wrong label: “%1” belongs to order %2, not to order %3.</source>
        <translation>Label salah: “%1” milik pesanan %2, bukan pesanan %3.</translation>
    </message>
    <message>
        <source>Order %1 is still open (%2 of %3 verified, %4). Finish it or scan CANCEL before opening order %5.</source>
        <translation>Pesanan %1 masih dibuka (%2 daripada %3 disemak, %4). Selesaikan atau imbas CANCEL sebelum membuka pesanan %5.</translation>
    </message>
    <message>
        <source>Deliver digital items (Ctrl+Shift+D)</source>
        <translation>Hantar item digital (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source> It is already ready to ship at Lazada.</source>
        <translation> Ia sudah sedia dihantar di Lazada.</translation>
    </message>
    <message>
        <source> Already packed at Lazada (%1).</source>
        <translation> Sudah dibungkus di Lazada (%1).</translation>
    </message>
    <message>
        <source>Order %1 (%2): %3.%4</source>
        <translation>Pesanan %1 (%2): %3.%4</translation>
    </message>
    <message>
        <source>Label %1 belongs to order %2.</source>
        <translation>Label %1 milik pesanan %2.</translation>
    </message>
    <message>
        <source>Order %1 is already open.</source>
        <translation>Pesanan %1 sudah dibuka.</translation>
    </message>
    <message>
        <source>Wait: the current step is still running.</source>
        <translation>Tunggu: langkah semasa masih berjalan.</translation>
    </message>
    <message>
        <source>Pick lists are not available at this station.</source>
        <translation>Senarai ambil tidak tersedia di stesen ini.</translation>
    </message>
    <message>
        <source>Packer: %1.</source>
        <translation>Pembungkus: %1.</translation>
    </message>
    <message>
        <source>Packer logged out.</source>
        <translation>Pembungkus telah log keluar.</translation>
    </message>
    <message>
        <source>No order is open.</source>
        <translation>Tiada pesanan dibuka.</translation>
    </message>
    <message>
        <source>%1 different items are missing: choose the one to confirm on screen.</source>
        <translation>%1 item berbeza masih kurang: pilih yang hendak disahkan pada skrin.</translation>
    </message>
    <message>
        <source>%1 is not in order %2.</source>
        <translation>%1 tiada dalam pesanan %2.</translation>
    </message>
    <message>
        <source>Open the order first, then link the barcode.</source>
        <translation>Buka pesanan dahulu, kemudian pautkan kod bar.</translation>
    </message>
    <message>
        <source>“%1” cannot be linked to an item.</source>
        <translation>“%1” tidak boleh dipautkan kepada item.</translation>
    </message>
    <message>
        <source>“%1” already means %2.</source>
        <translation>“%1” sudah bermaksud %2.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” kini ialah %2.</translation>
    </message>
    <message>
        <source>manual confirmation</source>
        <translation>pengesahan manual</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>imbas</translation>
    </message>
    <message>
        <source>Took back one %1 (%2): %3 of %4.</source>
        <translation>Satu %1 ditarik balik (%2): %3 daripada %4.</translation>
    </message>
    <message>
        <source>Order %1 cancelled at the station; nothing was sent to Lazada.</source>
        <translation>Pesanan %1 dibatalkan di stesen; tiada apa dihantar ke Lazada.</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>sedia dihantar</translation>
    </message>
    <message>
        <source>packed (%1)</source>
        <translation>sudah dibungkus (%1)</translation>
    </message>
    <message>
        <source>Order %1 closed; it stays %2 at Lazada.</source>
        <translation>Pesanan %1 ditutup; di Lazada ia kekal %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Scan them, confirm them manually, or scan PARTIAL to pack only the verified ones.</source>
        <translation>
            <numerusform>Masih kurang %n item. Imbas, sahkan secara manual, atau imbas PARTIAL untuk membungkus yang disemak sahaja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the label on the parcel first.</source>
        <translation>Imbas label pada bungkusan dahulu.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Memproses…</translation>
    </message>
    <message>
        <source>Verify at least one item before packing part of an order.</source>
        <translation>Semak sekurang-kurangnya satu item sebelum membungkus sebahagian pesanan.</translation>
    </message>
    <message>
        <source>Packing %1 of %2 items; the rest stays pending.</source>
        <translation>Membungkus %1 daripada %2 item; selebihnya kekal menunggu.</translation>
    </message>
    <message>
        <source>There is no packed order with a label to print.</source>
        <translation>Tiada pesanan dibungkus dengan label untuk dicetak.</translation>
    </message>
    <message>
        <source>Delivered-by-seller orders have no AWB label.</source>
        <translation>Pesanan dihantar penjual tiada label AWB.</translation>
    </message>
    <message>
        <source>Printing the label again…</source>
        <translation>Mencetak semula label…</translation>
    </message>
    <message>
        <source>Only a packed order that is not ready to ship can be repacked.</source>
        <translation>Hanya pesanan dibungkus yang belum sedia dihantar boleh dibungkus semula.</translation>
    </message>
    <message>
        <source>Recreating the package…</source>
        <translation>Mencipta semula bungkusan…</translation>
    </message>
    <message>
        <source>Internal error: %1: %2</source>
        <translation>Ralat dalaman: %1: %2</translation>
    </message>
    <message>
        <source>Order %1 was not resumed here: %2</source>
        <translation>Pesanan %1 tidak disambung di sini: %2</translation>
    </message>
    <message>
        <source>Resumed order %1 where it stopped: %2 of %3 verified, %4.</source>
        <translation>Pesanan %1 disambung dari tempat ia berhenti: %2 daripada %3 disemak, %4.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The document cannot be shown (%1).</source>
        <extracomment>preview width of one page in pixels (readable at 1366×768)</extracomment>
        <translation>Dokumen tidak dapat dipaparkan (%1).</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
</context>
<context>
    <name>PickingService</name>
    <message>
        <source>Not found among the open orders: %1.</source>
        <extracomment>``Settings.ui`` key of the saved A4 printer for pick lists (the window and the CLI). Thumbnails fetched at once for a pick list. order numbers or order ids</extracomment>
        <translation>Tidak dijumpai dalam pesanan terbuka: %1.</translation>
    </message>
    <message>
        <source>Check the order numbers, or sync the shop first.</source>
        <translation>Semak nombor pesanan, atau segerakkan kedai dahulu.</translation>
    </message>
    <message>
        <source>%1 chosen orders</source>
        <extracomment>order numbers that need it</extracomment>
        <translation>%1 pesanan dipilih</translation>
    </message>
    <message>
        <source>All open orders</source>
        <translation>Semua pesanan terbuka</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack, %4 no longer open.</source>
        <translation>Senarai ambil #%1: %2 pesanan, %3 untuk dibungkus, %4 tidak lagi terbuka.</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack.</source>
        <translation>Senarai ambil #%1: %2 pesanan, %3 untuk dibungkus.</translation>
    </message>
    <message>
        <source>None of the chosen orders is open at this station any more.</source>
        <extracomment>the wave last scanned at the station, and who wants to know</extracomment>
        <translation>Tiada lagi pesanan dipilih yang terbuka di stesen ini.</translation>
    </message>
    <message>
        <source>No orders match: there is nothing to pick.</source>
        <translation>Tiada pesanan yang sepadan: tiada apa untuk diambil.</translation>
    </message>
    <message>
        <source>Choose other orders, another status or shipping provider.</source>
        <translation>Pilih pesanan lain, status lain atau penyedia penghantaran lain.</translation>
    </message>
    <message>
        <source>Pick list (wave) %1 is not known at this station.</source>
        <translation>Senarai ambil (wave) %1 tidak dikenali di stesen ini.</translation>
    </message>
    <message>
        <source>“%1” is not the number of a pick list.</source>
        <translation>“%1” bukan nombor senarai ambil.</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>• %1: printed %2×</source>
        <translation>• %1: dicetak %2×</translation>
    </message>
    <message>
        <source>Print the label again?</source>
        <translation>Cetak semula label?</translation>
    </message>
    <message>
        <source>These labels were printed already:
%1

Reprint only if the first label is lost or damaged.</source>
        <translation>Label ini sudah dicetak:
%1

Cetak semula hanya jika label pertama hilang atau rosak.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Cetak semula</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Simpan label sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing “%1” failed (%2). The details are in the log.</source>
        <extracomment>A4 jobs still running (a task the loop only holds weakly would be collected mid-job)</extracomment>
        <translation>Gagal mencetak “%1” (%2). Butirannya ada dalam log.</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (tidak dijumpai)</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Label printer</source>
        <translation>Pencetak label</translation>
    </message>
    <message>
        <source>Ask every time (system print dialog)</source>
        <translation>Tanya setiap kali (dialog cetak sistem)</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Cetak ujian</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Pencetak</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Test label sent. Its frame must be closed and every ruler start at 0.</source>
        <translation>Label ujian dihantar. Bingkainya mesti tertutup dan setiap pembaris bermula pada 0.</translation>
    </message>
</context>
<context>
    <name>PrinterStep</name>
    <message>
        <source>&amp;Yes, whole</source>
        <extracomment>&quot;did it come out whole?&quot; → what lazpack changes</extracomment>
        <translation>&amp;Ya, lengkap</translation>
    </message>
    <message>
        <source>No, &amp;turned sideways</source>
        <translation>Tidak, &amp;terpusing</translation>
    </message>
    <message>
        <source>No, &amp;cut off at an edge</source>
        <translation>Tidak, &amp;terpotong di tepi</translation>
    </message>
    <message>
        <source>No, too s&amp;mall</source>
        <translation>Tidak, terlalu &amp;kecil</translation>
    </message>
    <message>
        <source>Pick the printer that prints the shipping labels, print a test label and look at it: lazpack fixes the size and orientation from your answer and then prints every label there without asking.</source>
        <translation>Pilih pencetak label penghantaran, cetak label ujian dan lihat: lazpack membetulkan saiz dan orientasi mengikut jawapan anda dan kemudian mencetak setiap label di situ tanpa bertanya.</translation>
    </message>
    <message>
        <source>&amp;Print a test label</source>
        <translation>&amp;Cetak label ujian</translation>
    </message>
    <message>
        <source>Did it come out whole: frame closed, rulers start at 0?</source>
        <translation>Adakah ia keluar lengkap: bingkai tertutup, pembaris bermula pada 0?</translation>
    </message>
    <message>
        <source>No printer is installed on this PC. Install the label printer&apos;s driver (or connect it), then come back with Station → Set up this desk…</source>
        <translation>Tiada pencetak dipasang pada PC ini. Pasang pemacu pencetak label (atau sambungkannya), kemudian kembali melalui Stesen → Sediakan meja ini…</translation>
    </message>
    <message>
        <source>Test label sent to “%1”. Look at it, then answer:</source>
        <translation>Label ujian dihantar ke “%1”. Lihat, kemudian jawab:</translation>
    </message>
    <message>
        <source>Saved: labels print on “%1” without asking (%2).</source>
        <translation>Disimpan: label dicetak pada “%1” tanpa bertanya (%2).</translation>
    </message>
    <message>
        <source>Label printer: %1</source>
        <translation>Pencetak label: %1</translation>
    </message>
    <message>
        <source>lazpack now turns the label (%1).</source>
        <translation>lazpack kini memusingkan label (%1).</translation>
    </message>
    <message>
        <source>The label is already the smallest size lazpack knows. Set the paper size in the printer&apos;s own settings (Printers → Preferences) to the labels loaded in it.</source>
        <translation>Label sudah saiz terkecil yang diketahui lazpack. Tetapkan saiz kertas dalam tetapan pencetak sendiri (Pencetak → Keutamaan) mengikut label yang dimuatkan.</translation>
    </message>
    <message>
        <source>lazpack now uses %1.</source>
        <translation>lazpack kini menggunakan %1.</translation>
    </message>
    <message>
        <source>lazpack now sets the label size on this printer. If it is still small, set the paper size in the printer&apos;s own settings (Printers → Preferences) to 100 × 150 mm.</source>
        <translation>lazpack kini menetapkan saiz label pada pencetak ini. Jika masih kecil, tetapkan saiz kertas dalam tetapan pencetak (Pencetak → Keutamaan) kepada 100 × 150 mm.</translation>
    </message>
    <message>
        <source>%1 Print the test label again to check.</source>
        <translation>%1 Cetak label ujian sekali lagi untuk menyemak.</translation>
    </message>
</context>
<context>
    <name>ProviderDecision</name>
    <message>
        <source>Shipment provider %1 is not offered for this order.</source>
        <translation>Penyedia penghantaran %1 tidak ditawarkan untuk pesanan ini.</translation>
    </message>
    <message>
        <source>Pick one of the providers in the list.</source>
        <translation>Pilih salah satu penyedia dalam senarai.</translation>
    </message>
</context>
<context>
    <name>ProviderPickerDialog</name>
    <message>
        <source>Choose the shipment provider</source>
        <translation>Pilih penyedia penghantaran</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1) for %2:</source>
        <translation>Lazada memerlukan penyedia penghantaran (%1) untuk %2:</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1):</source>
        <translation>Lazada memerlukan penyedia penghantaran (%1):</translation>
    </message>
    <message>
        <source>↑/↓ to move, Enter to choose, Esc to cancel. The choice is remembered.</source>
        <translation>↑/↓ untuk bergerak, Enter untuk memilih, Esc untuk batal. Pilihan diingati.</translation>
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
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Guna</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Cuba semula</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Pilihan &gt;&gt;</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>not applied: printing changes nothing at Lazada; print again if needed</source>
        <extracomment>Statuses an item reaches only after a successful Pack. Statuses an item reaches only after a successful ReadyToShip. Actions that change nothing at Lazada, so repeating them is harmless there. Fresh items per order, so the caller can reopen the order panel without a read.</extracomment>
        <translation>tidak dilaksanakan: mencetak tidak mengubah apa-apa di Lazada; cetak semula jika perlu</translation>
    </message>
    <message>
        <source>not applied: the intent names no order, nothing to check</source>
        <translation>tidak dilaksanakan: tiada pesanan, tiada apa untuk disemak</translation>
    </message>
    <message>
        <source>not applied: Lazada does not know order %1 (%2)</source>
        <translation>tidak dilaksanakan: Lazada tidak mengenali pesanan %1 (%2)</translation>
    </message>
    <message>
        <source>unknown: order %1 could not be read (%2); nothing is sent until it can</source>
        <translation>tidak diketahui: pesanan %1 tidak dapat dibaca (%2); tiada apa dihantar sehingga boleh</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>ready to ship</source>
        <translation>sedia dihantar</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>penghantaran gagal</translation>
    </message>
    <message>
        <source>not applied: lazpack cannot check a %1 at Lazada</source>
        <translation>tidak dilaksanakan: lazpack tidak dapat menyemak %1 di Lazada</translation>
    </message>
    <message>
        <source>not applied: the items were canceled</source>
        <translation>tidak dilaksanakan: item dibatalkan</translation>
    </message>
    <message>
        <source>applied: packed in %1</source>
        <translation>dilaksanakan: dibungkus dalam %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (in %3); %4 still to pack</source>
        <translation>dilaksanakan untuk %1 daripada %2 item (dalam %3); %4 masih untuk dibungkus</translation>
    </message>
    <message>
        <source>not applied: the items are still to pack</source>
        <translation>tidak dilaksanakan: item masih untuk dibungkus</translation>
    </message>
    <message>
        <source>not applied: the items are %1</source>
        <translation>tidak dilaksanakan: status item %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (%3); the rest still to do</source>
        <translation>dilaksanakan untuk %1 daripada %2 item (%3); selebihnya masih perlu dibuat</translation>
    </message>
    <message>
        <source>not applied: the items are still %1</source>
        <translation>tidak dilaksanakan: item masih %1</translation>
    </message>
    <message>
        <source>not applied: still packed in %1</source>
        <translation>tidak dilaksanakan: masih dibungkus dalam %1</translation>
    </message>
    <message>
        <source>applied: the package was recreated</source>
        <translation>dilaksanakan: bungkusan dicipta semula</translation>
    </message>
    <message>
        <source>applied: the old package is gone</source>
        <translation>dilaksanakan: bungkusan lama sudah tiada</translation>
    </message>
    <message>
        <source> (package %1)</source>
        <translation> (bungkusan %1)</translation>
    </message>
    <message>
        <source>Order %1 is already packed%2; not packing it again.</source>
        <translation>Pesanan %1 sudah dibungkus%2; tidak dibungkus semula.</translation>
    </message>
    <message>
        <source>Item %1 is %2 at Lazada; it cannot be packed.</source>
        <translation>Item %1 berstatus %2 di Lazada; ia tidak boleh dibungkus.</translation>
    </message>
    <message>
        <source>Item %1 is no longer in the order at Lazada.</source>
        <translation>Item %1 tiada lagi dalam pesanan di Lazada.</translation>
    </message>
    <message>
        <source>Package %1 has no live items at Lazada (canceled or repacked).</source>
        <translation>Bungkusan %1 tiada item aktif di Lazada (dibatalkan atau dibungkus semula).</translation>
    </message>
    <message>
        <source>Package %1 is already ready to ship; nothing sent.</source>
        <translation>Bungkusan %1 sudah sedia dihantar; tiada apa dihantar.</translation>
    </message>
    <message>
        <source>Package %1 cannot be set ready to ship: items are %2.</source>
        <translation>Bungkusan %1 tidak dapat ditetapkan sedia dihantar: status item %2.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>S&amp;impan</translation>
    </message>
    <message>
        <source>&amp;Keep history for</source>
        <translation>&amp;Simpan sejarah selama</translation>
    </message>
    <message>
        <source>Journal lines older than this are removed when lazpack starts. Writes to Lazada whose outcome is still unknown are always kept.</source>
        <translation>Baris jurnal yang lebih lama daripada ini dibuang apabila lazpack dimulakan. Tindakan ke Lazada yang hasilnya belum diketahui sentiasa disimpan.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Belum disimpan.</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>“%1” is not a lazpack command barcode.</source>
        <translation>“%1” bukan kod bar arahan lazpack.</translation>
    </message>
    <message>
        <source>“%1” matches several items of this order: %2. Confirm the right one on screen.</source>
        <translation>“%1” sepadan dengan beberapa item pesanan ini: %2. Sahkan yang betul pada skrin.</translation>
    </message>
    <message>
        <source>“%1” matches several orders: %2. Open the right one in the list.</source>
        <translation>“%1” sepadan dengan beberapa pesanan: %2. Buka yang betul dalam senarai.</translation>
    </message>
</context>
<context>
    <name>ScanProbe</name>
    <message>
        <source>Scan the barcode above now…</source>
        <translation>Imbas kod bar di atas sekarang…</translation>
    </message>
</context>
<context>
    <name>ScannerStep</name>
    <message>
        <source>Scan the barcode below with the desk&apos;s scanner. lazpack checks that it reads letters and digits right, ends with Enter, and types fast enough to be told apart from a person. If nothing appears, the scanner is not connected or sends no Enter/Tab: check the cable, then scan its “Add Enter” setting code.</source>
        <translation>Imbas kod bar di bawah dengan pengimbas meja. lazpack menyemak huruf dan angka dibaca betul, diakhiri Enter, dan menaip cukup laju untuk dibezakan daripada manusia. Jika tiada apa muncul, pengimbas tidak bersambung atau tidak menghantar Enter/Tab: semak kabel, kemudian imbas kod tetapan “Add Enter”.</translation>
    </message>
    <message>
        <source>✓ The scanner works: right characters, Enter at the end, fast.</source>
        <translation>✓ Pengimbas berfungsi: aksara betul, Enter di hujung, laju.</translation>
    </message>
    <message>
        <source>Scanner: works</source>
        <translation>Pengimbas: berfungsi</translation>
    </message>
    <message>
        <source>

Change it, then scan the barcode again.</source>
        <translation>

Ubahnya, kemudian imbas kod bar sekali lagi.</translation>
    </message>
    <message>
        <source>Scanner: works (ends with Tab)</source>
        <translation>Pengimbas: berfungsi (diakhiri Tab)</translation>
    </message>
</context>
<context>
    <name>ScannerVerdict</name>
    <message>
        <source>The letters came out in lower case: turn Caps Lock off.</source>
        <extracomment>keys and then no Enter/Tab for this long: the scanner sends no suffix the code the scanner test shows: letters and digits, so a wrong layout shows in both what the keys typed on this PC&apos;s layout the code read from the keys as the station reads it is the test code the station&apos;s scan router takes these keys for a scanner&apos;s burst the code as the station reads it (by key position, whatever the layout)</extracomment>
        <translation>Huruf keluar sebagai huruf kecil: matikan Caps Lock.</translation>
    </message>
    <message>
        <source>The scanner typed “%1” instead of “%2”: this PC&apos;s keyboard layout changes what the scanner types. Switch the keyboard to English (US) while packing, or set the scanner&apos;s keyboard country to match the PC (see its manual).</source>
        <translation>Pengimbas menaip “%1” dan bukan “%2”: susun atur papan kekunci PC ini mengubah apa yang ditaip pengimbas. Tukar papan kekunci ke English (US) semasa membungkus, atau tetapkan negara papan kekunci pengimbas supaya sepadan dengan PC (lihat manualnya).</translation>
    </message>
    <message>
        <source>That was typed slowly (%1 ms between keys): lazpack recognises a scanner by its speed (a key every 5–15 ms). If that was the scanner, set it to its fastest USB keyboard speed; by hand, use the scan field instead.</source>
        <translation>Ditaip perlahan (%1 ms antara kekunci): lazpack mengenali pengimbas melalui kelajuannya (satu kekunci setiap 5–15 ms). Jika itu pengimbas, tetapkan kelajuan papan kekunci USB paling laju; jika ditaip tangan, guna ruang imbas.</translation>
    </message>
    <message>
        <source>The code came without Enter at its end: lazpack takes a code when Enter (or Tab) follows it. Scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>Kod diterima tanpa Enter di hujungnya: lazpack menerima kod apabila diikuti Enter (atau Tab). Imbas kod bar “Add Enter (CR) suffix” dalam manual pengimbas.</translation>
    </message>
    <message>
        <source>The scanner ends each code with Tab. lazpack accepts it, but Enter works in every program: scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>Pengimbas mengakhiri setiap kod dengan Tab. lazpack menerimanya, tetapi Enter berfungsi dalam setiap program: imbas kod bar “Add Enter (CR) suffix” dalam manual pengimbas.</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Serial scanners are not supported here: %1</source>
        <extracomment>GS1&apos;s group separator (FNC1 as transmitted): a wedge types it as Ctrl+] with this text a scanner presses Shift for capitals and some symbols: those presses are part of a burst a wedge&apos;s longest usual gap between keys (it types one every 5–15 ms; a person needs 80+) the longest pause inside a burst (a loaded PC or USB hub stalls a few of its keys) the longest gap between keys (the scan field&apos;s run: fast means a scanner typed it) gaps longer than a scanner&apos;s (a busy PC or USB hub stalls a burst now and then) copies of the held key presses, replayed to ``widget`` if this was typing after all None: the key events&apos; timestamps (monotonic time for events without one) the Vietnamese input method whose composed letters a burst is taken apart with (the station setting ``packing.scanner_composer``, Settings → Vietnamese typing) the longest pause inside a burst; only a few of its gaps may exceed ``max_gap_s`` a pause after which held keys cannot be a burst any more: they are given back then</extracomment>
        <translation>Pengimbas bersiri tidak disokong di sini: %1</translation>
    </message>
    <message>
        <source>Cannot open scanner port %1: %2</source>
        <translation>Port pengimbas %1 tidak dapat dibuka: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Stop after verifying (I scan DONE to pack)</source>
        <translation>Berhenti selepas disemak (saya imbas DONE untuk membungkus)</translation>
    </message>
    <message>
        <source>Pack automatically, then wait</source>
        <translation>Bungkus secara automatik, kemudian tunggu</translation>
    </message>
    <message>
        <source>Pack and print the label automatically</source>
        <translation>Bungkus dan cetak label secara automatik</translation>
    </message>
    <message>
        <source>Pack, print and mark ready to ship automatically</source>
        <translation>Bungkus, cetak dan tandakan sedia dihantar secara automatik</translation>
    </message>
    <message>
        <source>Lazada allocates the provider</source>
        <translation>Lazada memperuntukkan penyedia</translation>
    </message>
    <message>
        <source>Use my saved provider per shop</source>
        <translation>Guna penyedia yang disimpan bagi setiap kedai</translation>
    </message>
    <message>
        <source>Ask me every time</source>
        <translation>Tanya setiap kali</translation>
    </message>
    <message>
        <source>Order first: scan the order, then the items</source>
        <translation>Pesanan dahulu: imbas pesanan, kemudian item</translation>
    </message>
    <message>
        <source>Label first: labels printed in a batch, scan the label to verify</source>
        <translation>Label dahulu: label dicetak berkelompok, imbas label untuk menyemak</translation>
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
        <translation>Tetapan stesen</translation>
    </message>
    <message>
        <source>Scan the printed label on the parcel before ready to ship</source>
        <translation>Imbas label bercetak pada bungkusan sebelum sedia dihantar</translation>
    </message>
    <message>
        <source>Play sounds on every scan</source>
        <translation>Mainkan bunyi setiap imbasan</translation>
    </message>
    <message>
        <source>The Vietnamese typing method of this PC: scans it rewrites are read back</source>
        <translation>Kaedah menaip Vietnam PC ini: imbasan yang diubahnya dibaca semula</translation>
    </message>
    <message>
        <source>empty: keyboard scanner only (e.g. COM3, /dev/ttyACM0)</source>
        <translation>kosong: pengimbas papan kekunci sahaja (cth. COM3, /dev/ttyACM0)</translation>
    </message>
    <message>
        <source>Label &amp;printer…</source>
        <translation>&amp;Pencetak label…</translation>
    </message>
    <message>
        <source>&amp;Warehouse…</source>
        <translation>&amp;Gudang…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Packer name</source>
        <translation>Nama pembungkus</translation>
    </message>
    <message>
        <source>After the last item</source>
        <translation>Selepas item terakhir</translation>
    </message>
    <message>
        <source>Shipment provider</source>
        <translation>Penyedia penghantaran</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Aliran</translation>
    </message>
    <message>
        <source>Vietnamese typing</source>
        <translation>Taipan Vietnam</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>Port pengimbas bersiri</translation>
    </message>
    <message>
        <source>Changes apply at once; the serial scanner reconnects.</source>
        <translation>Perubahan berkuat kuasa serta-merta; pengimbas bersiri bersambung semula.</translation>
    </message>
    <message>
        <source>ask with the print dialog</source>
        <translation>tanya melalui dialog cetak</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>landskap</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>potret</translation>
    </message>
    <message>
        <source>this PC&apos;s own journal</source>
        <translation>jurnal PC ini sendiri</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Choose the language of this desk. Menus, messages, labels and slips use it.</source>
        <translation>Pilih bahasa meja ini. Menu, mesej, label dan slip menggunakannya.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Bahasa: %1</translation>
    </message>
    <message>
        <source>Who packs at this desk?</source>
        <translation>Siapa membungkus di meja ini?</translation>
    </message>
    <message>
        <source>The label printer</source>
        <extracomment>the next paper to try when the label is cut off (the printer&apos;s roll is smaller)</extracomment>
        <translation>Pencetak label</translation>
    </message>
    <message>
        <source>The scanner</source>
        <translation>Pengimbas</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Bunyi</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>Set up this desk</source>
        <translation>Sediakan meja ini</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>the packer cards&apos; preview, when open (Packers step)</extracomment>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Langkau langkah ini</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seterusnya</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 daripada %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Packer cards</source>
        <translation>Kad pembungkus</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Singapore</source>
        <translation>Singapura</translation>
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
        <translation>Filipina</translation>
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
        <translation>Rentas sempadan (keenam-enam negara)</translation>
    </message>
    <message>
        <source>Reconnect shop</source>
        <extracomment>the message shown when a step failed (bad input, keyring, Lazada refused, ...)</extracomment>
        <translation>Sambung semula kedai</translation>
    </message>
    <message>
        <source>Add a Lazada shop</source>
        <translation>Tambah kedai Lazada</translation>
    </message>
    <message>
        <source>App Key from the Lazada Open Platform console</source>
        <translation>App Key daripada konsol Lazada Open Platform</translation>
    </message>
    <message>
        <source>App Secret (kept in the system keyring)</source>
        <translation>App Secret (disimpan dalam keyring sistem)</translation>
    </message>
    <message>
        <source>Callback URL registered for the app</source>
        <translation>Callback URL yang didaftarkan untuk aplikasi</translation>
    </message>
    <message>
        <source>Leave empty for Lazada (emulator: http://127.0.0.1:PORT/rest)</source>
        <translation>Biarkan kosong untuk Lazada (emulator: http://127.0.0.1:PORT/rest)</translation>
    </message>
    <message>
        <source>Authorize in browser</source>
        <translation>Benarkan dalam pelayar</translation>
    </message>
    <message>
        <source>…or paste the address the browser shows after consenting</source>
        <translation>…atau tampal alamat yang dipaparkan pelayar selepas bersetuju</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Sambung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
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
        <translation>Pelayan API</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored app secret</source>
        <translation>Biarkan kosong untuk mengekalkan app secret yang disimpan</translation>
    </message>
    <message>
        <source>Waiting for Lazada… finish the consent page in the browser.</source>
        <translation>Menunggu Lazada… lengkapkan halaman persetujuan dalam pelayar.</translation>
    </message>
    <message>
        <source>Log in on the Lazada page that opened and click Submit, then paste the address the browser shows here.</source>
        <translation>Log masuk di halaman Lazada yang dibuka dan klik Submit, kemudian tampal alamat yang dipaparkan pelayar di sini.</translation>
    </message>
    <message>
        <source>Connecting the shop…</source>
        <translation>Menyambung kedai…</translation>
    </message>
</context>
<context>
    <name>ShopService</name>
    <message>
        <source>Unknown region %1; choose one of %2.</source>
        <extracomment>a shop&apos;s token provider: this station&apos;s keyring, or the warehouse&apos;s vault</extracomment>
        <translation>Wilayah tidak dikenali %1; pilih salah satu daripada %2.</translation>
    </message>
    <message>
        <source>The app key is a number (App Console → App Overview → App Key).</source>
        <translation>App key ialah nombor (App Console → App Overview → App Key).</translation>
    </message>
    <message>
        <source>Enter the app secret from the App Console.</source>
        <translation>Masukkan app secret daripada App Console.</translation>
    </message>
    <message>
        <source>The redirect URI must be the callback URL registered for the app (https://… or http://127.0.0.1:PORT/… for the built-in listener).</source>
        <translation>Redirect URI mesti callback URL yang didaftarkan untuk aplikasi (https://… atau http://127.0.0.1:PORT/… untuk pendengar terbina).</translation>
    </message>
    <message>
        <source>No shop %1 is configured.</source>
        <extracomment>the warehouse&apos;s shops (None: not read yet, or the database did not answer)</extracomment>
        <translation>Kedai %1 belum dikonfigurasi.</translation>
    </message>
    <message>
        <source>The warehouse holds no secrets for shop %1.</source>
        <translation>Gudang tidak menyimpan rahsia kedai %1.</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>Benarkan semula kedai di satu stesen.</translation>
    </message>
    <message>
        <source>The app secret of shop %1 is missing from the keyring.</source>
        <translation>App secret kedai %1 tiada dalam keyring.</translation>
    </message>
    <message>
        <source>Reconnect the shop and enter the app secret again.</source>
        <translation>Sambung semula kedai dan masukkan app secret sekali lagi.</translation>
    </message>
</context>
<context>
    <name>ShopStep</name>
    <message>
        <source>Connect your Lazada shop to pack its orders, or keep the demo shop to practise first (its orders are not real). You can connect a shop later in Station → Shops…</source>
        <translation>Sambungkan kedai Lazada anda untuk membungkus pesanannya, atau kekalkan kedai demo untuk berlatih dahulu (pesanannya bukan sebenar). Anda boleh sambung kedai kemudian di Stesen → Kedai…</translation>
    </message>
    <message>
        <source>&amp;Connect a Lazada shop…</source>
        <translation>&amp;Sambung kedai Lazada…</translation>
    </message>
    <message>
        <source>&amp;Keep the demo shop for now</source>
        <translation>&amp;Kekalkan kedai demo buat masa ini</translation>
    </message>
    <message>
        <source>Shop: connecting</source>
        <translation>Kedai: menyambung</translation>
    </message>
    <message>
        <source>Shop: demo</source>
        <translation>Kedai: demo</translation>
    </message>
    <message numerus="yes">
        <source>Connected now: %n shop(s).</source>
        <translation>
            <numerusform>Bersambung sekarang: %n kedai.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shop is connected yet.</source>
        <translation>Belum ada kedai disambung.</translation>
    </message>
</context>
<context>
    <name>ShopTokenProvider</name>
    <message>
        <source>Shop %1 is not authorized on this station; reconnect it.</source>
        <translation>Kedai %1 belum dibenarkan di stesen ini; sambung semula.</translation>
    </message>
    <message numerus="yes">
        <source>Re-authorize this shop within %n day(s).</source>
        <translation>
            <numerusform>Benarkan semula kedai ini dalam %n hari.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Bersambung</translation>
    </message>
    <message>
        <source>The authorization of shop %1 has ended; authorize it again.</source>
        <translation>Kebenaran kedai %1 telah tamat; benarkan semula.</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1 (%2); reconnect it.</source>
        <translation>Lazada tidak lagi menerima kebenaran kedai %1 (%2); sambung semula.</translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved (%1); this shop will need to be reconnected after lazpack restarts.</source>
        <translation>Token yang diperbaharui tidak dapat disimpan (%1); kedai ini perlu disambung semula selepas lazpack dimulakan semula.</translation>
    </message>
</context>
<context>
    <name>ShopsWidget</name>
    <message>
        <source>Shop</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add shop…</source>
        <translation>Tambah kedai…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Sambung semula…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Remove %1 from every station of the warehouse?

Its app secret and tokens are deleted from the warehouse database; every station stops opening it at its next start. Orders already packed stay in the journal.</source>
        <translation>Buang %1 daripada setiap stesen gudang?

App secret dan tokennya dipadam daripada pangkalan data gudang; setiap stesen berhenti membukanya pada permulaan seterusnya. Pesanan yang sudah dibungkus kekal dalam jurnal.</translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation>Buang kedai</translation>
    </message>
    <message>
        <source>Remove %1 from this station?

Its app secret and tokens are deleted from the system keyring; orders already packed stay in the journal.</source>
        <translation>Buang %1 daripada stesen ini?

App secret dan token dipadam daripada keyring sistem; pesanan yang sudah dibungkus kekal dalam jurnal.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to the scan field</source>
        <extracomment>(key sequence, what it does) — the overview lists these in this order.</extracomment>
        <translation>Ke ruang imbas</translation>
    </message>
    <message>
        <source>Enter (in the scan field)</source>
        <translation>Enter (dalam ruang imbas)</translation>
    </message>
    <message>
        <source>Use the scanned or typed code</source>
        <translation>Guna kod yang diimbas atau ditaip</translation>
    </message>
    <message>
        <source>(any scan)</source>
        <translation>(imbasan apa-apa)</translation>
    </message>
    <message>
        <source>A barcode scanner works wherever the focus is, except in dialogs</source>
        <translation>Pengimbas kod bar berfungsi di mana-mana fokus, kecuali dalam dialog</translation>
    </message>
    <message>
        <source>Done: go on to pack / print / ready to ship</source>
        <translation>Selesai: teruskan bungkus / cetak / sedia dihantar</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>Buat asal imbasan item terakhir</translation>
    </message>
    <message>
        <source>Esc (in the scan field), Ctrl+Del</source>
        <translation>Esc (dalam ruang imbas), Ctrl+Del</translation>
    </message>
    <message>
        <source>Cancel the open order</source>
        <translation>Batalkan pesanan yang dibuka</translation>
    </message>
    <message>
        <source>Confirm an item that has no barcode (recorded as manual)</source>
        <translation>Sahkan item tanpa kod bar (direkod sebagai manual)</translation>
    </message>
    <message>
        <source>Pack only the verified items</source>
        <translation>Bungkus item yang disemak sahaja</translation>
    </message>
    <message>
        <source>Reprint / preview the label</source>
        <translation>Cetak semula / pratonton label</translation>
    </message>
    <message>
        <source>Repack: recreate the package (the old label becomes void)</source>
        <translation>Bungkus semula: cipta semula bungkusan (label lama batal)</translation>
    </message>
    <message>
        <source>Pack &amp; ship the selected orders</source>
        <translation>Bungkus &amp; hantar pesanan yang dipilih</translation>
    </message>
    <message>
        <source>Deliver digital items of the selected orders</source>
        <translation>Hantar item digital pesanan yang dipilih</translation>
    </message>
    <message>
        <source>1–9, ↑↓ Enter, Esc (in a choice)</source>
        <translation>1–9, ↑↓ Enter, Esc (semasa memilih)</translation>
    </message>
    <message>
        <source>Pick an item in the link / confirm dialogs</source>
        <translation>Pilih item dalam dialog paut / sahkan</translation>
    </message>
    <message>
        <source>Back to the packing station from another page</source>
        <translation>Kembali ke stesen pembungkusan dari halaman lain</translation>
    </message>
    <message>
        <source>History: search every scan and action, per-order timeline, CSV export</source>
        <translation>Sejarah: cari setiap imbasan dan tindakan, garis masa pesanan, eksport CSV</translation>
    </message>
    <message>
        <source>Stats: orders and items per hour per packer</source>
        <translation>Statistik: pesanan dan item sejam bagi setiap pembungkus</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Tetapan stesen</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Cari pesanan</translation>
    </message>
    <message>
        <source>Show one shop&apos;s orders (with several shops)</source>
        <translation>Papar pesanan satu kedai (jika ada beberapa kedai)</translation>
    </message>
    <message>
        <source>Esc (in search)</source>
        <translation>Esc (dalam carian)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Kosongkan carian</translation>
    </message>
    <message>
        <source>Switch tab: To pack, Packed, Ready, DBS, Problems, All</source>
        <translation>Tukar tab: Untuk dibungkus, Sudah dibungkus, Sedia, DBS, Bermasalah, Semua</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Tab seterusnya / sebelumnya</translation>
    </message>
    <message>
        <source>Go to the orders list</source>
        <translation>Ke senarai pesanan</translation>
    </message>
    <message>
        <source>Move in the orders list</source>
        <translation>Bergerak dalam senarai pesanan</translation>
    </message>
    <message>
        <source>Select several orders for a batch action</source>
        <translation>Pilih beberapa pesanan untuk tindakan berkelompok</translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation>Enter (dalam senarai)</translation>
    </message>
    <message>
        <source>Open the order (asks first while another is being packed)</source>
        <translation>Buka pesanan (tanya dahulu jika pesanan lain sedang dibungkus)</translation>
    </message>
    <message>
        <source>Sync with Lazada now</source>
        <translation>Segerak dengan Lazada sekarang</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Gambaran keseluruhan ini</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kekunci</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
</context>
<context>
    <name>SkuChoiceDialog</name>
    <message>
        <source>Press the number, or ↑↓ and Enter. Esc cancels.</source>
        <extracomment>a second key within this time of the first is a scanner, not a person choosing a scan that arrived while the dialog was up (it closed unanswered)</extracomment>
        <translation>Tekan nombor, atau ↑↓ dan Enter. Esc untuk batal.</translation>
    </message>
</context>
<context>
    <name>SoundStep</name>
    <message>
        <source>Every scan plays a sound: good, wrong item, parcel done. Play them and say whether you heard them; pick the speakers if not.</source>
        <translation>Setiap imbasan berbunyi: betul, item salah, bungkusan siap. Mainkan dan nyatakan sama ada anda dengar; jika tidak, pilih pembesar suara.</translation>
    </message>
    <message>
        <source>P&amp;lay the three sounds</source>
        <translation>&amp;Main tiga bunyi</translation>
    </message>
    <message>
        <source>&amp;Yes, I heard them</source>
        <translation>&amp;Ya, saya dengar</translation>
    </message>
    <message>
        <source>This PC has no sound output (no speakers or headphones found). The station works without sound: every scan flashes green or red. Plug in speakers and come back with Station → Set up this desk… to hear them.</source>
        <translation>PC ini tiada output bunyi (tiada pembesar suara atau fon kepala). Stesen berfungsi tanpa bunyi: setiap imbasan berkelip hijau atau merah. Pasang pembesar suara dan kembali melalui Stesen → Sediakan meja ini… untuk mendengarnya.</translation>
    </message>
    <message>
        <source>Sound: no output device, colours only</source>
        <translation>Bunyi: tiada peranti, warna sahaja</translation>
    </message>
    <message>
        <source>Playing: good… wrong item… parcel done. Did you hear all three?</source>
        <translation>Memainkan: betul… item salah… bungkusan siap. Anda dengar ketiga-tiganya?</translation>
    </message>
    <message>
        <source>Sound on, through “%1”.</source>
        <translation>Bunyi dihidupkan, melalui “%1”.</translation>
    </message>
    <message>
        <source>Sound: on (%1)</source>
        <translation>Bunyi: hidup (%1)</translation>
    </message>
    <message>
        <source>Check that the speakers are switched on and the volume is up, pick another output above and play again. Without sound the station still flashes green or red on every scan.</source>
        <translation>Pastikan pembesar suara dihidupkan dan kelantangan dinaikkan, pilih output lain di atas dan main semula. Tanpa bunyi, stesen tetap berkelip hijau atau merah pada setiap imbasan.</translation>
    </message>
</context>
<context>
    <name>StationCore</name>
    <message>
        <source>The warehouse database cannot be reached: no new order is opened and nothing is sent to Lazada until it is back. Scans are kept.</source>
        <extracomment>How often a new simulated order arrives in the demo shop. Resume the interrupted order after the first sync, or after this long without one. How long shutdown waits for a running pack/label/RTS step to close its journal entry.</extracomment>
        <translation>Pangkalan data gudang tidak dapat dihubungi: tiada pesanan baharu dibuka dan tiada apa dihantar ke Lazada sehingga ia kembali. Imbasan tetap disimpan.</translation>
    </message>
    <message>
        <source>The warehouse database is back.</source>
        <translation>Pangkalan data gudang sudah kembali.</translation>
    </message>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>how long a background task may take to end after it was cancelled, per attempt the keyring the shop service uses (None: the OS keyring) the clients&apos; call budget from the settings; a bad value falls back to its default and the packer reads why at start-up (``housekeeping``) the orders (a window shown before the core passes the book it already shows) order claims across a warehouse&apos;s stations (None: SQLite, this PC is alone) who packs which order across the warehouse, for the orders list (None: SQLite) the product catalogue and the pick-list waves, in the journal&apos;s database: the warehouse&apos;s on PostgreSQL (every station scans against one catalogue). every shop connected since start (kept after shutdown: tests read the demo world) on a warehouse database: each shop&apos;s leader election and shared order book the shop service of the configured shops (None until one is needed) asks the packer for a shipment provider; without one the saved choice is used every sync state change of every shop (the window&apos;s sync indicator) False while the warehouse database is away (always True on SQLite) told True/False when the warehouse database comes back / goes away (the window&apos;s banner); while there is none, ``on_notice`` gets the text instead something the packer should read (a failed resume); the window shows it start-up recovery ran: scans and batches may write from now on</extracomment>
        <translation>Kedai %1 tidak bersambung di stesen ini.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Tetapan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>History could not be cleaned up: %1</source>
        <translation>Sejarah tidak dapat dibersihkan: %1</translation>
    </message>
    <message>
        <source>Order %1 was taken over by another station: put it aside and scan CANCEL.</source>
        <translation>Pesanan %1 telah diambil alih oleh stesen lain: ketepikan dan imbas CANCEL.</translation>
    </message>
    <message>
        <source>Could not resume the last order: %1</source>
        <translation>Pesanan terakhir tidak dapat disambung: %1</translation>
    </message>
</context>
<context>
    <name>StationLabels</name>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>The label cache and print ledger of one shop (the core gives each shop its own folder). called with the job name right before a job goes to the sink (benchmarks, UI) called with the job name once a shop&apos;s job was printed and counted</extracomment>
        <translation>Kedai %1 tidak bersambung di stesen ini.</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>Pencetak label belum dipilih.</translation>
    </message>
    <message>
        <source>Set a label printer in Settings, or print with the dialog.</source>
        <translation>Tetapkan pencetak label dalam Tetapan, atau cetak melalui dialog.</translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <source>Done / next step</source>
        <extracomment>the station&apos;s own session can reprint its label itself from these states</extracomment>
        <translation>Selesai / langkah seterusnya</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>Buat asal imbasan terakhir</translation>
    </message>
    <message>
        <source>Cancel order (Esc in the scan field)</source>
        <translation>Batalkan pesanan (Esc dalam ruang imbas)</translation>
    </message>
    <message>
        <source>Confirm item without barcode</source>
        <translation>Sahkan item tanpa kod bar</translation>
    </message>
    <message>
        <source>Pack verified items only</source>
        <translation>Bungkus yang disemak sahaja</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>Cetak semula label</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Pratonton label</translation>
    </message>
    <message>
        <source>Repack (void label)…</source>
        <translation>Bungkus semula (batalkan label)…</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship selected orders</source>
        <translation>Bungkus &amp;&amp; hantar pesanan yang dipilih</translation>
    </message>
    <message>
        <source>Deliver digital items of selected orders…</source>
        <translation>Hantar item digital pesanan yang dipilih…</translation>
    </message>
    <message>
        <source>Pick list…</source>
        <translation>Senarai ambil…</translation>
    </message>
    <message>
        <source>Save labels as PDF (no printer)</source>
        <translation>Simpan label sebagai PDF (tanpa pencetak)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Tetapan…</translation>
    </message>
    <message>
        <source>Shops…</source>
        <translation>Kedai…</translation>
    </message>
    <message>
        <source>Product catalogue…</source>
        <translation>Katalog produk…</translation>
    </message>
    <message>
        <source>Set up this desk…</source>
        <translation>Sediakan meja ini…</translation>
    </message>
    <message>
        <source>Print command sheet…</source>
        <translation>Cetak helaian arahan…</translation>
    </message>
    <message>
        <source>None of the selected orders has digital items to deliver.</source>
        <translation>Tiada pesanan dipilih yang mempunyai item digital untuk dihantar.</translation>
    </message>
    <message>
        <source>Delivered ✓ — scan the next order</source>
        <translation>Dihantar ✓ — imbas pesanan seterusnya</translation>
    </message>
    <message>
        <source>Delivery failed — recorded with Lazada; scan the next order</source>
        <translation>Penghantaran gagal — direkod dengan Lazada; imbas pesanan seterusnya</translation>
    </message>
    <message>
        <source>Digital items delivered ✓ — scan the next order</source>
        <translation>Item digital dihantar ✓ — imbas pesanan seterusnya</translation>
    </message>
    <message>
        <source>This order has no label to print.</source>
        <translation>Pesanan ini tiada label untuk dicetak.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Pencetakan dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <source>Label printed (%n page(s)).</source>
        <translation>
            <numerusform>Label dicetak (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels are now saved as PDF files.</source>
        <translation>Label kini disimpan sebagai fail PDF.</translation>
    </message>
    <message>
        <source>Labels are now sent to the printer.</source>
        <translation>Label kini dihantar ke pencetak.</translation>
    </message>
    <message>
        <source>This order has no package label yet.</source>
        <translation>Pesanan ini belum ada label bungkusan.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Arahan</translation>
    </message>
    <message>
        <source>Command sheet</source>
        <translation>Helaian arahan</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Tetapan disimpan.</translation>
    </message>
    <message>
        <source>Language changed. Menus and tab names change when lazpack starts again.</source>
        <translation>Bahasa ditukar. Menu dan nama tab bertukar apabila lazpack dimulakan semula.</translation>
    </message>
    <message>
        <source>Shops cannot be managed here: the system keyring is not available.</source>
        <translation>Kedai tidak boleh diurus di sini: keyring sistem tidak tersedia.</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>Shops changed — restart lazpack to open or close their orders.</source>
        <translation>Kedai berubah — mulakan semula lazpack untuk membuka atau menutup pesanannya.</translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation>Kedai: %1</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Terputus: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n d)</source>
        <translation>
            <numerusform>%1 (%n hari)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-authorize soon: %1</source>
        <translation>Benarkan semula tidak lama lagi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) connected</source>
        <translation>
            <numerusform>%n kedai bersambung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>This day</source>
        <extracomment>(label, days ending on the chosen day)</extracomment>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari lepas</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari lepas</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Longest retention the setting offers: ten years.</extracomment>
        <translation>%1 saat</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 saat</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 min</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 daripada %3)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pembungkus</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Orders / hour</source>
        <translation>Pesanan / jam</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>Item / jam</translation>
    </message>
    <message>
        <source>Wrong-scan rate</source>
        <translation>Kadar imbasan salah</translation>
    </message>
    <message>
        <source>Median per order</source>
        <translation>Median setiap pesanan</translation>
    </message>
    <message>
        <source>(no packer logged in)</source>
        <translation>(tiada pembungkus log masuk)</translation>
    </message>
    <message>
        <source>%1 orders over %2 hours with at least one packed order</source>
        <translation>%1 pesanan dalam %2 jam yang ada sekurang-kurangnya satu pesanan dibungkus</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>(hours shown, {packer: orders per hour}) of the last plot — what the bars say.</extracomment>
        <translation>(tiada)</translation>
    </message>
    <message>
        <source>No orders packed on %1</source>
        <translation>Tiada pesanan dibungkus pada %1</translation>
    </message>
    <message>
        <source>Orders packed per hour — %1</source>
        <translation>Pesanan dibungkus sejam — %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved. History older than %n day(s) is removed at start-up.</source>
        <translation>
            <numerusform>Disimpan. Sejarah lebih lama daripada %n hari dibuang semasa mula.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pesanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s)</source>
        <translation>
            <numerusform>%n pembungkus</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <extracomment>Emitted after every finished refresh (the number of packer-day rows).</extracomment>
        <translation>◀ Hari sebelumnya</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Hari berikutnya ▶</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Hari &amp;ini</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Papar:</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>Pesanan dibungkus</translation>
    </message>
    <message>
        <source>Items packed</source>
        <translation>Item dibungkus</translation>
    </message>
    <message>
        <source>Orders / hour (station)</source>
        <translation>Pesanan / jam (stesen)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Mengira…</translation>
    </message>
    <message>
        <source>%1: %2, %3 by %4.</source>
        <translation>%1: %2, %3 oleh %4.</translation>
    </message>
    <message>
        <source>Nothing was packed on %1.</source>
        <translation>Tiada apa dibungkus pada %1.</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Unknown packing step %1; use one of %2.</source>
        <translation>Langkah pembungkusan tidak dikenali %1; guna salah satu daripada %2.</translation>
    </message>
</context>
<context>
    <name>Stickers</name>
    <message>
        <source>Unknown sticker size %1.</source>
        <extracomment>name -&gt; (width, height) in mm: the sticker rolls sellers use. One module = 2 dots at 203 dpi.</extracomment>
        <translation>Saiz pelekat %1 tidak dikenali.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Pilih salah satu: %1.</translation>
    </message>
    <message>
        <source>No stickers to print: give each SKU a quantity.</source>
        <translation>Tiada pelekat untuk dicetak: beri kuantiti bagi setiap SKU.</translation>
    </message>
    <message>
        <source>%1 stickers at once is too many (at most %2).</source>
        <translation>%1 pelekat sekali gus terlalu banyak (maksimum %2).</translation>
    </message>
    <message>
        <source>SKU %1 cannot be a Code128 barcode (only ASCII letters, digits, signs).</source>
        <translation>SKU %1 tidak boleh menjadi kod bar Code128 (hanya huruf, angka, simbol ASCII).</translation>
    </message>
    <message>
        <source>Give it an EAN in the catalogue, or rename the seller SKU.</source>
        <translation>Beri EAN dalam katalog, atau namakan semula SKU penjual.</translation>
    </message>
    <message>
        <source>No sticker printer is saved.</source>
        <translation>Tiada pencetak pelekat disimpan.</translation>
    </message>
    <message>
        <source>Choose one in the Stickers dialog first.</source>
        <translation>Pilih satu dalam dialog Pelekat dahulu.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>%1 cannot sync this shop: %2</source>
        <extracomment>GetMultipleOrderItems takes at most 50 order ids per call (lazada-api.md §3.3). Re-read this much before the newest ``updated_at`` seen: clocks and commits are not exact. on a warehouse database: the station that syncs this shop with Lazada (&quot;&quot; alone) this station is that leader (it talks to Lazada for the shop) the orders the last full sync found open (None: no full sync yet)</extracomment>
        <translation>%1 tidak dapat menyegerakkan kedai ini: %2</translation>
    </message>
    <message>
        <source>no answer from Lazada</source>
        <translation>tiada jawapan daripada Lazada</translation>
    </message>
    <message>
        <source>Internal error while syncing orders.</source>
        <translation>Ralat dalaman semasa menyegerak pesanan.</translation>
    </message>
    <message>
        <source>The details are in the log; syncing keeps trying.</source>
        <translation>Butiran ada dalam log; penyegerakan terus mencuba.</translation>
    </message>
</context>
<context>
    <name>TestLabel</name>
    <message>
        <source>lazpack test label</source>
        <extracomment>what the test label&apos;s barcode reads the space the words may take across the label (from the rulers inwards)</extracomment>
        <translation>Label ujian lazpack</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>pada %1</translation>
    </message>
    <message>
        <source>Whole: the frame is closed and</source>
        <translation>Lengkap: bingkai tertutup dan</translation>
    </message>
    <message>
        <source>every ruler starts at 0 at its corner.</source>
        <translation>setiap pembaris bermula pada 0 di penjurunya.</translation>
    </message>
    <message>
        <source>From 0 to %1 the bottom ruler measures %1 mm.</source>
        <translation>Dari 0 hingga %1, pembaris bawah mengukur %1 mm.</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Packing video is off: QtMultimedia is missing (%1).</source>
        <translation>Video pembungkusan dimatikan: QtMultimedia tiada (%1).</translation>
    </message>
    <message>
        <source>Packing video is off: this PC has no video encoder for MKV files.</source>
        <extracomment>how long closing the station waits for the encoder to finish the open clip&apos;s file the journal event of a finished clip kinds that put an item into the parcel: the overlay&apos;s &quot;last scanned item&quot; changes a warning when the disk holds less than this many minutes of recording a rough size of one minute of 720p MPEG-4 at 15 fps, for the low-disk warning before the first clip measured the real rate recording started or stopped (the preview&apos;s REC) a clip&apos;s file is closed and has its final name (``FinishedClip``) each finished clip is an ``event=&quot;video&quot;`` line of its order&apos;s timeline the order whose clip ended because it was done (its later scans start nothing) clip file names retention must not delete now (an evidence export copying them) the pack view&apos;s preview (``install_video`` puts it there) the order panel&apos;s &quot;Video (0:42)&quot; and &quot;Export evidence…&quot; buttons (``install_video``) set when the last closing clip&apos;s file is closed (``aclose`` waits for it)</extracomment>
        <translation>Video pembungkusan dimatikan: PC ini tiada pengekod video untuk fail MKV.</translation>
    </message>
    <message>
        <source>This station records every order and the camera is not working: plug it in (or untick &apos;Open no order while the camera is not working&apos; in Settings), then scan the order again.</source>
        <translation>Stesen ini merakam setiap pesanan dan kamera tidak berfungsi: pasangkan kamera (atau nyahtanda &apos;Jangan buka pesanan semasa kamera tidak berfungsi&apos; dalam Tetapan), kemudian imbas pesanan semula.</translation>
    </message>
    <message>
        <source>No video for this order: the camera is not available.</source>
        <translation>Tiada video untuk pesanan ini: kamera tidak tersedia.</translation>
    </message>
    <message>
        <source>Packing order %1</source>
        <translation>Membungkus pesanan %1</translation>
    </message>
    <message>
        <source>Video of order %1 stopped: nothing was scanned for %2 minutes.</source>
        <translation>Video pesanan %1 berhenti: tiada imbasan selama %2 minit.</translation>
    </message>
    <message>
        <source>The video of order %1 could not be written: %2</source>
        <translation>Video pesanan %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>Video (%1)</translation>
    </message>
    <message>
        <source>The video of order %1 is saved but not in the journal: %2</source>
        <translation>Video pesanan %1 disimpan tetapi tiada dalam jurnal: %2</translation>
    </message>
    <message>
        <source>Old videos could not be deleted: %1</source>
        <translation>Video lama tidak dapat dipadam: %1</translation>
    </message>
    <message>
        <source>The video disk is almost full (%1 MB free). Lower the video disk budget or free space.</source>
        <translation>Cakera video hampir penuh (%1 MB kosong). Kurangkan had ruang cakera video atau kosongkan ruang cakera.</translation>
    </message>
    <message>
        <source>the recorder failed</source>
        <extracomment>preview updates per second the preview thumbnail&apos;s height in pixels the recorder failed (the text says why); ``stop()`` then closes what was written</extracomment>
        <translation>perakam gagal</translation>
    </message>
    <message>
        <source>NO CAMERA</source>
        <extracomment>the clip&apos;s frame (may be null), the preview (may be null), the clip it was painted for a downscaled picture for the preview, a few times a second</extracomment>
        <translation>TIADA KAMERA</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>what the current clip&apos;s frames say (``None``: no overlay)</extracomment>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>AWB</source>
        <translation>AWB</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pembungkus</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stesen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>lazpack test camera</source>
        <extracomment>the source works again (a camera plugged back in)</extracomment>
        <translation>kamera ujian lazpack</translation>
    </message>
    <message>
        <source>test camera</source>
        <translation>kamera ujian</translation>
    </message>
    <message>
        <source>Test camera (moving test pattern)</source>
        <translation>Kamera ujian (corak ujian bergerak)</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <source>No camera: the packing camera is not plugged in. Packing goes on without video.</source>
        <translation>Tiada kamera: kamera pembungkusan tidak dipasang. Pembungkusan diteruskan tanpa video.</translation>
    </message>
    <message>
        <source>Camera problem (%1): %2. Packing goes on without video.</source>
        <translation>Masalah kamera (%1): %2. Pembungkusan diteruskan tanpa video.</translation>
    </message>
    <message>
        <source>Camera %1 was unplugged. Packing goes on without video.</source>
        <translation>Kamera %1 telah dicabut. Pembungkusan diteruskan tanpa video.</translation>
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
        <translation>Tiada pemain video yang dapat membuka %1; fail itu ada dalam %2.</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Eksport bukti…</translation>
    </message>
    <message>
        <source>Export evidence to</source>
        <translation>Eksport bukti ke</translation>
    </message>
    <message>
        <source>The evidence export failed.</source>
        <translation>Eksport bukti gagal.</translation>
    </message>
    <message>
        <source>Evidence written to %1.</source>
        <translation>Bukti ditulis ke %1.</translation>
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
        <translation>Kamera: %1</translation>
    </message>
</context>
<context>
    <name>VideoSettings</name>
    <message>
        <source>Packing video</source>
        <translation>Video pembungkusan</translation>
    </message>
    <message>
        <source>Record a video of every order packed</source>
        <translation>Rakam video setiap pesanan yang dibungkus</translation>
    </message>
    <message>
        <source>Open no order while the camera is not working</source>
        <translation>Jangan buka pesanan semasa kamera tidak berfungsi</translation>
    </message>
    <message>
        <source>The PC&apos;s default camera</source>
        <translation>Kamera lalai PC</translation>
    </message>
    <message>
        <source>Camera not connected (%1)</source>
        <translation>Kamera tidak disambung (%1)</translation>
    </message>
    <message>
        <source>empty: the station&apos;s data folder (videos)</source>
        <translation>kosong: folder data stesen (videos)</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>keep all</source>
        <translation>simpan semua</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tiada had</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Resolusi</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Kadar bingkai</translation>
    </message>
    <message>
        <source>Delete videos older than</source>
        <translation>Padam video lebih lama daripada</translation>
    </message>
    <message>
        <source>Disk budget</source>
        <translation>Had ruang cakera</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>That is not a warehouse key (it should be 43 letters, digits, - and _).</source>
        <translation>Itu bukan kunci gudang (sepatutnya 43 huruf, digit, - dan _).</translation>
    </message>
    <message>
        <source>Copy it again from Settings → Warehouse on a station that is already set up.</source>
        <translation>Salin semula dari Tetapan → Gudang di stesen yang sudah disediakan.</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@server:5432/database (the password goes in its own field).</source>
        <extracomment>query parameters that carry a password: kept out of the settings file query parameters lazpack does not keep (secrets or secret files): refused with a message</extracomment>
        <translation>Tulis sebagai postgresql://user@server:5432/database (kata laluan dalam ruangannya sendiri).</translation>
    </message>
    <message>
        <source>That is not a database address lazpack can read.</source>
        <translation>lazpack tidak dapat membaca alamat pangkalan data itu.</translation>
    </message>
    <message>
        <source>The warehouse database address must start with postgresql://.</source>
        <translation>Alamat pangkalan data gudang mesti bermula dengan postgresql://.</translation>
    </message>
    <message>
        <source>The address names no database (…/database at its end).</source>
        <translation>Alamat tidak menamakan pangkalan data (…/database di hujungnya).</translation>
    </message>
    <message>
        <source>lazpack does not keep the setting %1 of the address; put it in the PostgreSQL service or password file of this PC instead.</source>
        <translation>lazpack tidak menyimpan tetapan %1 alamat ini; letakkannya dalam fail service atau fail kata laluan PostgreSQL PC ini.</translation>
    </message>
    <message>
        <source>Open Settings → Warehouse → Join this warehouse on this station and type the key shown on a station that is already set up (Settings → Warehouse → Show warehouse key).</source>
        <translation>Buka Tetapan → Gudang → Sertai gudang ini di stesen ini dan taip kunci yang ditunjukkan di stesen yang sudah disediakan (Tetapan → Gudang → Tunjukkan kunci gudang).</translation>
    </message>
    <message>
        <source>This station has not joined the warehouse yet, so it cannot open the warehouse&apos;s shops.</source>
        <translation>Stesen ini belum menyertai gudang, jadi ia tidak dapat membuka kedai-kedai gudang.</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key is not the key of this warehouse&apos;s database.</source>
        <translation>Kunci gudang stesen ini bukan kunci pangkalan data gudang ini.</translation>
    </message>
    <message>
        <source>This station has no warehouse key to show.</source>
        <extracomment>Connects once to the address and reports what it holds (changes nothing). ``(address, key_id)``: sets a new database up, records the key&apos;s fingerprint unless one is recorded, returns the one recorded. the database this station runs on now (without its password); &quot;&quot; = its own journal</extracomment>
        <translation>Stesen ini tiada kunci gudang untuk ditunjukkan.</translation>
    </message>
    <message>
        <source>Enter the address of the warehouse database first.</source>
        <translation>Masukkan alamat pangkalan data gudang dahulu.</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2).</source>
        <translation>Bersambung ke %1 (PostgreSQL %2).</translation>
    </message>
    <message>
        <source>The database is empty; lazpack sets it up at the next start.</source>
        <translation>Pangkalan data masih kosong; lazpack menyediakannya pada permulaan seterusnya.</translation>
    </message>
    <message>
        <source>No warehouse key yet: the first shop authorized on a station of this warehouse creates it.</source>
        <translation>Belum ada kunci gudang: kedai pertama yang dibenarkan di stesen gudang ini akan menciptanya.</translation>
    </message>
    <message>
        <source>This station has the warehouse key.</source>
        <translation>Stesen ini mempunyai kunci gudang.</translation>
    </message>
    <message>
        <source>This station holds a different warehouse key: join again with this warehouse&apos;s key.</source>
        <translation>Stesen ini memegang kunci gudang yang lain: sertai semula dengan kunci gudang ini.</translation>
    </message>
    <message>
        <source>This station has not joined yet: Join this warehouse with the key shown on a station that is already set up.</source>
        <translation>Stesen ini belum menyertai: Sertai gudang ini dengan kunci yang ditunjukkan di stesen yang sudah disediakan.</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) in this warehouse.</source>
        <translation>
            <numerusform>%n kedai dalam gudang ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>That key is not this warehouse&apos;s key: its database was set up with another one.</source>
        <translation>Kunci itu bukan kunci gudang ini: pangkalan datanya disediakan dengan kunci lain.</translation>
    </message>
    <message>
        <source>Copy the key again from Settings → Warehouse → Show warehouse key on a station of this warehouse, and check the database address.</source>
        <translation>Salin semula kunci dari Tetapan → Gudang → Tunjukkan kunci gudang di stesen gudang ini, dan semak alamat pangkalan data.</translation>
    </message>
    <message>
        <source>This station has joined the warehouse. Its shops open here from the next start.</source>
        <translation>Stesen ini sudah menyertai gudang. Kedai-kedainya dibuka di sini mulai permulaan seterusnya.</translation>
    </message>
    <message>
        <source>Saved: this station uses its own journal from the next start.</source>
        <translation>Disimpan: stesen ini menggunakan jurnalnya sendiri mulai permulaan seterusnya.</translation>
    </message>
    <message>
        <source>Saved: this station uses the warehouse database from the next start.</source>
        <translation>Disimpan: stesen ini menggunakan pangkalan data gudang mulai permulaan seterusnya.</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key does not match the one the shop&apos;s secrets were sealed with.</source>
        <translation>Kunci gudang stesen ini tidak sepadan dengan kunci yang mengunci rahsia kedai.</translation>
    </message>
    <message>
        <source>Settings → Warehouse → Join this warehouse, with the key shown on a station that is already set up.</source>
        <translation>Tetapan → Gudang → Sertai gudang ini, dengan kunci yang ditunjukkan di stesen yang sudah disediakan.</translation>
    </message>
    <message>
        <source>The shop secrets of %1 in the warehouse database fail their integrity check (altered or copied from another shop).</source>
        <translation>Rahsia kedai %1 dalam pangkalan data gudang gagal semakan integriti (diubah atau disalin dari kedai lain).</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>Benarkan semula kedai di satu stesen.</translation>
    </message>
    <message>
        <source>The warehouse database %1 cannot be reached (%2).</source>
        <extracomment>the ``shared_settings`` row holding the warehouse key&apos;s fingerprint what keeps a connection from being made (ValueError: an address asyncpg cannot use)</extracomment>
        <translation>Pangkalan data gudang %1 tidak dapat dihubungi (%2).</translation>
    </message>
    <message>
        <source>Check the address, the user and the password, and that the PostgreSQL server is running and accepts connections from this PC.</source>
        <translation>Semak alamat, pengguna dan kata laluan, dan pastikan pelayan PostgreSQL berjalan dan menerima sambungan dari PC ini.</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <source>Warehouse key</source>
        <translation>Kunci gudang</translation>
    </message>
    <message>
        <source>Type this key at the station that joins (Settings → Warehouse → Join this warehouse). Anyone with it and the database can read the shops&apos; secrets: do not send it by e-mail or chat, and close this box when done.</source>
        <translation>Taip kunci ini di stesen yang menyertai (Tetapan → Gudang → Sertai gudang ini). Sesiapa yang ada kunci ini dan pangkalan datanya boleh membaca rahsia kedai: jangan hantar melalui e-mel atau sembang, dan tutup kotak ini selepas selesai.</translation>
    </message>
    <message>
        <source>Join this warehouse</source>
        <translation>Sertai gudang ini</translation>
    </message>
    <message>
        <source>On a station that is already set up, open Settings → Warehouse → Show warehouse key, and type the key here (spaces do not matter).</source>
        <translation>Di stesen yang sudah disediakan, buka Tetapan → Gudang → Tunjukkan kunci gudang, dan taip kunci di sini (jarak tidak penting).</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <extracomment>what was typed, taken out of the field as the box closes</extracomment>
        <translation>Gudang</translation>
    </message>
    <message>
        <source>Stations of one warehouse share a PostgreSQL database: each order is packed at one station, each shop is synced by one and authorized once for all. Leave the address empty to keep this PC&apos;s own journal.</source>
        <translation>Stesen-stesen satu gudang berkongsi satu pangkalan data PostgreSQL: setiap pesanan dibungkus di satu stesen, setiap kedai disegerakkan oleh satu stesen dan dibenarkan sekali untuk semua. Biarkan alamat kosong untuk kekal dengan jurnal PC ini sendiri.</translation>
    </message>
    <message>
        <source>saved in the keyring</source>
        <translation>disimpan dalam keyring</translation>
    </message>
    <message>
        <source>the database user&apos;s password</source>
        <translation>kata laluan pengguna pangkalan data</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji sambungan</translation>
    </message>
    <message>
        <source>This station runs on %1 now.</source>
        <translation>Stesen ini kini berjalan pada %1.</translation>
    </message>
    <message>
        <source>This station runs on this PC&apos;s own journal now.</source>
        <translation>Stesen ini kini menggunakan jurnal PC ini sendiri.</translation>
    </message>
    <message>
        <source>A new address applies at the next start of lazpack. The password is kept in this PC&apos;s keyring, never in the settings file.</source>
        <translation>Alamat baharu berkuat kuasa pada permulaan lazpack seterusnya. Kata laluan disimpan dalam keyring PC ini, tidak sekali-kali dalam fail tetapan.</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Alamat pangkalan data</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata laluan</translation>
    </message>
    <message>
        <source>&amp;Show warehouse key…</source>
        <translation>&amp;Tunjukkan kunci gudang…</translation>
    </message>
    <message>
        <source>&amp;Join this warehouse…</source>
        <translation>&amp;Sertai gudang ini…</translation>
    </message>
    <message>
        <source>This station has no warehouse key. Join this warehouse with the key shown on a station that is already set up; the first station of a new warehouse creates the key when it authorizes a shop.</source>
        <translation>Stesen ini tiada kunci gudang. Sertai gudang ini dengan kunci yang ditunjukkan di stesen yang sudah disediakan; stesen pertama gudang baharu mencipta kunci apabila ia membenarkan kedai.</translation>
    </message>
    <message>
        <source>This station has the warehouse key (fingerprint %1).</source>
        <translation>Stesen ini mempunyai kunci gudang (cap jari %1).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menyambung…</translation>
    </message>
    <message>
        <source>Show the warehouse key?</source>
        <translation>Tunjukkan kunci gudang?</translation>
    </message>
    <message>
        <source>The warehouse key unlocks the secrets of every shop of this warehouse. Show it only to type it at a station that joins, with nobody else looking.</source>
        <translation>Kunci gudang membuka rahsia setiap kedai gudang ini. Tunjukkan hanya untuk ditaip di stesen yang menyertai, tanpa orang lain melihat.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Menyemak kunci…</translation>
    </message>
</context>
<context>
    <name>WarehouseTokens</name>
    <message>
        <source>The renewed tokens are kept on this station until the warehouse database is back.</source>
        <extracomment>A rotated pair Lazada gave us that the database has not stored yet.</extracomment>
        <translation>Token yang diperbaharui disimpan di stesen ini sehingga pangkalan data gudang kembali.</translation>
    </message>
    <message>
        <source>Connected (shared by the warehouse)</source>
        <translation>Bersambung (dikongsi oleh gudang)</translation>
    </message>
    <message>
        <source>Shop %1 is not authorized in this warehouse; authorize it on one station.</source>
        <translation>Kedai %1 belum dibenarkan di gudang ini; benarkannya di salah satu stesen.</translation>
    </message>
    <message>
        <source>Shop %1 has no tokens to refresh.</source>
        <translation>Kedai %1 tiada token untuk diperbaharui.</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1; authorize it again on one station.</source>
        <translation>Lazada tidak lagi menerima kebenaran kedai %1; benarkannya semula di salah satu stesen.</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <source>⚠ The warehouse database cannot be reached (since %1). Scans are kept, but no new order can be opened or claimed, and the open order&apos;s Lazada steps wait until the database is back. Reconnecting…</source>
        <extracomment>(background, text): a red that cannot be mistaken for the amber DEMO bar the &quot;Packing at&quot; column&apos;s first width: &quot;Station 12 · Ana · 40 s ago&quot; whole how long &quot;the warehouse database is back&quot; stays in the status bar</extracomment>
        <translation>⚠ Pangkalan data gudang tidak dapat dihubungi (sejak %1). Imbasan tetap disimpan, tetapi pesanan baharu tidak boleh dibuka atau dituntut, dan langkah Lazada pesanan yang terbuka menunggu sehingga pangkalan data kembali. Menyambung semula…</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>no order open</source>
        <translation>tiada pesanan dibuka</translation>
    </message>
    <message>
        <source>order open</source>
        <translation>pesanan dibuka</translation>
    </message>
    <message>
        <source>verifying items</source>
        <translation>menyemak item</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>semua item disemak</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>sudah dibungkus</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>label dicetak</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>sedia dihantar</translation>
    </message>
    <message>
        <source>open an order</source>
        <translation>membuka pesanan</translation>
    </message>
    <message>
        <source>verify an item</source>
        <translation>menyemak item</translation>
    </message>
    <message>
        <source>finish verifying</source>
        <translation>selesai menyemak</translation>
    </message>
    <message>
        <source>undo a scan</source>
        <translation>membuat asal imbasan</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>membungkus</translation>
    </message>
    <message>
        <source>pack the verified items only</source>
        <translation>membungkus item yang disemak sahaja</translation>
    </message>
    <message>
        <source>use the existing label</source>
        <translation>menggunakan label sedia ada</translation>
    </message>
    <message>
        <source>print the label</source>
        <translation>mencetak label</translation>
    </message>
    <message>
        <source>confirm the label</source>
        <translation>mengesahkan label</translation>
    </message>
    <message>
        <source>mark ready to ship</source>
        <translation>menandakan sedia dihantar</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>membungkus semula</translation>
    </message>
    <message>
        <source>cancel the order</source>
        <translation>membatalkan pesanan</translation>
    </message>
    <message>
        <source>close the order</source>
        <translation>menutup pesanan</translation>
    </message>
    <message>
        <source>Lazada already has this order packed: repack it, or close it.</source>
        <extracomment>(state, event) -&gt; next state. Everything else is illegal.</extracomment>
        <translation>Lazada sudah membungkus pesanan ini: bungkus semula, atau tutup.</translation>
    </message>
    <message>
        <source>Cannot %1 while the order is %2.</source>
        <translation>Tidak boleh %1 semasa pesanan %2.</translation>
    </message>
    <message>
        <source>Scan an order number, tracking number or package id.</source>
        <extracomment>States in which the packer is still scanning the order&apos;s items.</extracomment>
        <translation>Imbas nombor pesanan, nombor penjejakan atau ID bungkusan.</translation>
    </message>
    <message>
        <source>Scan DONE to try again, or CANCEL.</source>
        <translation>Imbas DONE untuk cuba semula, atau CANCEL.</translation>
    </message>
    <message>
        <source>Working on it — please wait.</source>
        <translation>Sedang diproses — sila tunggu.</translation>
    </message>
    <message>
        <source>Scan the label on the parcel to confirm it.</source>
        <translation>Imbas label pada bungkusan untuk mengesahkan.</translation>
    </message>
    <message>
        <source>Scan DONE to pack.</source>
        <translation>Imbas DONE untuk membungkus.</translation>
    </message>
    <message>
        <source>Scan DONE to print the label.</source>
        <translation>Imbas DONE untuk mencetak label.</translation>
    </message>
    <message>
        <source>Scan DONE to mark ready to ship.</source>
        <translation>Imbas DONE untuk menandakan sedia dihantar.</translation>
    </message>
    <message>
        <source>Put the parcel aside and scan the next order.</source>
        <translation>Ketepikan bungkusan dan imbas pesanan seterusnya.</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1 — %2 (%3 left); %n more SKU(s) missing.</source>
        <translation>
            <numerusform>Imbas %1 — %2 (baki %3); %n SKU lagi masih kurang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan %1 — %2 (%3 left).</source>
        <translation>Imbas %1 — %2 (baki %3).</translation>
    </message>
</context>
</TS>
