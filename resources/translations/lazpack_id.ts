<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Open another order?</source>
        <translation>Buka pesanan lain?</translation>
    </message>
    <message>
        <source>Order {current} is being packed ({verified} of {expected} items verified).

Leave it and open order {other}?</source>
        <translation>Pesanan {current} sedang dikemas ({verified} dari {expected} barang diperiksa).

Tinggalkan dan buka pesanan {other}?</translation>
    </message>
    <message>
        <source>&amp;Leave it, open {other}</source>
        <translation>&amp;Tinggalkan, buka {other}</translation>
    </message>
    <message>
        <source>&amp;Keep packing {current}</source>
        <translation>&amp;Lanjut kemas {current}</translation>
    </message>
    <message>
        <source>Pick list</source>
        <extracomment>settings.ui keys (no new settings fields: the ui dict is the window&apos;s own)</extracomment>
        <translation>Daftar ambil</translation>
    </message>
    <message>
        <source>The selected orders (%n)</source>
        <translation>Pesanan terpilih (%n)</translation>
    </message>
    <message>
        <source>Every order of this tab (%n)</source>
        <translation>Semua pesanan di tab ini (%n)</translation>
    </message>
    <message>
        <source>Everything to pack for the shipping provider</source>
        <translation>Semua yang perlu dikemas untuk jasa kirim</translation>
    </message>
    <message>
        <source>Add a packing slip page per order</source>
        <translation>Tambah halaman slip kemas per pesanan</translation>
    </message>
    <message>
        <source>A4 printer</source>
        <translation>Printer A4</translation>
    </message>
    <message>
        <source>(ask with the print dialog)</source>
        <translation>(tanya lewat dialog cetak)</translation>
    </message>
    <message>
        <source>Make pick list</source>
        <translation>Buat daftar ambil</translation>
    </message>
    <message>
        <source>%n selected orders</source>
        <translation>%n pesanan terpilih</translation>
    </message>
    <message>
        <source>Pick list #%1</source>
        <translation>Daftar ambil #%1</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship the %n orders to pack</source>
        <translation>Kemas &amp;&amp; kirim %n pesanan yang perlu dikemas</translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>Buka pesanan terpilih</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>Membuat daftar ambil…</translation>
    </message>
    <message>
        <source>The pick list could not be saved: </source>
        <translation>Daftar ambil tidak bisa disimpan: </translation>
    </message>
    <message>
        <source>Pick list #%1 saved as %2</source>
        <translation>Daftar ambil #%1 disimpan sebagai %2</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>Katalog produk</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>No barcode yet</source>
        <translation>Belum ada barcode</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>Impor CSV/XLSX…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Stickers for the selected SKUs…</source>
        <translation>Stiker untuk SKU terpilih…</translation>
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
        <translation>Spreadsheet (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Impor katalog</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Ekspor katalog</translation>
    </message>
    <message>
        <source>Imported: %n SKUs changed.</source>
        <translation>Diimpor: %n SKU berubah.</translation>
    </message>
    <message>
        <source>%n SKUs exported to </source>
        <translation>%n SKU diekspor ke </translation>
    </message>
    <message>
        <source>Select the SKUs to print stickers for first.</source>
        <translation>Pilih dulu SKU yang akan dicetak stikernya.</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Pratinjau impor</translation>
    </message>
    <message>
        <source>Import %n changes</source>
        <translation>Impor %n perubahan</translation>
    </message>
    <message>
        <source>SKU stickers</source>
        <translation>Stiker SKU</translation>
    </message>
    <message>
        <source>Sticker size</source>
        <translation>Ukuran stiker</translation>
    </message>
    <message>
        <source>(save as PDF)</source>
        <translation>(simpan sebagai PDF)</translation>
    </message>
    <message>
        <source>Sticker printer</source>
        <translation>Printer stiker</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>Simpan stiker sebagai PDF</translation>
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
        <translation>lazpack adalah perangkat lunak bebas dengan lisensi MIT.
Ikut disertakan Qt dan Qt for Python (LGPL-3.0) serta FFmpeg (LGPL-2.1+) sebagai pustaka terpisah yang dapat diganti, dan paket Python di bawah ini dengan lisensinya masing-masing.</translation>
    </message>
    <message>
        <source>(The third-party notices could not be read: %1)</source>
        <translation>(Pemberitahuan pihak ketiga tidak dapat dibaca: %1)</translation>
    </message>
    <message>
        <source>Diagnostics copied — paste them into your message to support.</source>
        <translation>Diagnostik disalin — tempel ke pesan Anda untuk dukungan.</translation>
    </message>
    <message>
        <source>About lazpack</source>
        <translation>Tentang lazpack</translation>
    </message>
    <message>
        <source>Packing station for Lazada sellers: scan, verify, pack, print the AWB, ready to ship.</source>
        <translation>Stasiun pengemasan untuk penjual Lazada: scan, periksa, kemas, cetak AWB, siap kirim.</translation>
    </message>
    <message>
        <source>Data folder: %1&lt;br&gt;Settings: %2&lt;br&gt;Log folder: %3</source>
        <translation>Folder data: %1&lt;br&gt;Pengaturan: %2&lt;br&gt;Folder log: %3</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Salin diagnostik</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Lisensi:</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Link this barcode?</source>
        <translation>Tautkan barcode ini?</translation>
    </message>
    <message>
        <source>“%1” is unknown. Is it one of these items? It will be remembered for this shop.</source>
        <translation>“%1” tidak dikenal. Apakah ini salah satu barang berikut? Akan diingat untuk toko ini.</translation>
    </message>
    <message>
        <source>Confirm an item without barcode</source>
        <translation>Konfirmasi barang tanpa barcode</translation>
    </message>
    <message>
        <source>Which item did you check by eye? It is recorded as confirmed manually.</source>
        <translation>Barang mana yang Anda periksa dengan mata? Dicatat sebagai konfirmasi manual.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Connecting to the warehouse database…</source>
        <extracomment>What runs after the first paint waits at most this long for it (a window that starts minimised or on a screen that never paints must still open its shops). built with the window (a saved printer that is gone is reported there) settings fields that fell back to defaults at start (shown once the window is up) set once the window&apos;s first frame is painted (or after ``FIRST_PAINT_WAIT_S``) set once the core and the scan path are built (right after the first paint)</extracomment>
        <translation>Menghubungkan ke database gudang…</translation>
    </message>
    <message>
        <source>Serial scanner on %1.</source>
        <translation>Pemindai serial di %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lazpack — internal error</source>
        <translation>lazpack — kesalahan internal</translation>
    </message>
    <message>
        <source>Something went wrong inside lazpack. Your work so far is kept.
If it happens again, copy the details below and send them to support.</source>
        <translation>Terjadi kesalahan di dalam lazpack. Pekerjaan Anda tetap tersimpan.
Jika terulang, salin detail di bawah dan kirim ke dukungan.</translation>
    </message>
    <message>
        <source>lazpack — settings</source>
        <translation>lazpack — Pengaturan</translation>
    </message>
    <message>
        <source>Some settings could not be used; lazpack uses the defaults for them.</source>
        <translation>Beberapa pengaturan tidak dapat dipakai; lazpack memakai nilai bawaan untuknya.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Paste the address the browser showed after consenting.</source>
        <extracomment>The seller consent page (lazada-api.md §2.1); one host for every country. Refresh the access token when less than this is left (issue 7: &quot;under a day&quot;). Warn that the shop must be re-authorized when its refresh token has less than this left. Below this the current access token is not worth using even if a refresh failed.</extracomment>
        <translation>Tempel alamat yang tampil di browser setelah menyetujui.</translation>
    </message>
    <message>
        <source>That does not look like an authorization code.</source>
        <translation>Itu tidak tampak seperti kode otorisasi.</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Lazada tidak mengotorisasi toko: %1</translation>
    </message>
    <message>
        <source>The pasted address has no authorization code (…?code=…).</source>
        <translation>Alamat yang ditempel tidak memiliki kode otorisasi (…?code=…).</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser after clicking Submit on Lazada.</source>
        <translation>Salin seluruh alamat dari browser setelah menekan Submit di Lazada.</translation>
    </message>
    <message>
        <source>The pasted address belongs to a different authorization attempt.</source>
        <translation>Alamat yang ditempel milik percobaan otorisasi lain.</translation>
    </message>
    <message>
        <source>Click Authorize again and paste the address from that browser tab.</source>
        <translation>Klik Authorize lagi dan tempel alamat dari tab browser itu.</translation>
    </message>
</context>
<context>
    <name>Barcodes</name>
    <message>
        <source>“%1” is an item, and no order is open. Scan the order number or its label first.</source>
        <translation>“%1” adalah barang, dan belum ada pesanan terbuka. Scan nomor pesanan atau labelnya dulu.</translation>
    </message>
    <message>
        <source>“%1” is not an open order, tracking number or package id.</source>
        <translation>“%1” bukan pesanan terbuka, nomor resi, atau ID paket.</translation>
    </message>
    <message>
        <source>“%1” is not the label of order %2 (expected %3). Check the parcel&apos;s label.</source>
        <translation>“%1” bukan label pesanan %2 (seharusnya %3). Periksa label pada paket.</translation>
    </message>
    <message>
        <source>Wrong item: “%1” is %2, which is not in order %3.</source>
        <translation>Barang salah: “%1” adalah %2, tidak ada di pesanan %3.</translation>
    </message>
    <message>
        <source>Wrong item: %1 is not in order %2 (it belongs to order %3).</source>
        <translation>Barang salah: %1 tidak ada di pesanan %2 (milik pesanan %3).</translation>
    </message>
    <message>
        <source> Link it to one of this order&apos;s items if it is one of them.</source>
        <translation> Tautkan ke salah satu barang pesanan ini jika memang barang itu.</translation>
    </message>
    <message>
        <source>Unknown barcode “%1”.%2</source>
        <translation>Barcode tidak dikenal “%1”.%2</translation>
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
        <translation>Paket / barang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Lazada says</source>
        <translation>Kata Lazada</translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <translation>&amp;Ulangi baris yang gagal</translation>
    </message>
    <message>
        <source>Unknown: Lazada may or may not have applied these; lazpack re-reads the orders before anything is sent again.</source>
        <translation>Tidak diketahui: Lazada mungkin sudah atau belum menerapkannya; lazpack membaca ulang pesanan sebelum mengirim apa pun lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) can be retried.</source>
        <translation>
            <numerusform>%n baris gagal dapat diulang.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retry possible)</source>
        <translation>%1 (bisa diulang)</translation>
    </message>
    <message>
        <source>The answer was lost; the order is re-read before re-sending.</source>
        <translation>Jawaban hilang; pesanan dibaca ulang sebelum dikirim lagi.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n row(s)…</source>
        <translation>
            <numerusform>Mengulang %n baris…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Gagal mengulang: %1</translation>
    </message>
    <message>
        <source>Retry failed: internal error (logged).</source>
        <translation>Gagal mengulang: kesalahan internal (dicatat).</translation>
    </message>
</context>
<context>
    <name>BatchPacker</name>
    <message>
        <source>not changed: %1 (read twice), so nothing was sent</source>
        <extracomment>the item ids the order book holds for the order: a fresh read must have them all digital items still to deliver; physical: the order has items to pack</extracomment>
        <translation>tidak diubah: %1 (sudah dibaca dua kali), jadi tidak ada yang dikirim</translation>
    </message>
    <message>
        <source>not in the open orders list</source>
        <translation>tidak ada di daftar pesanan terbuka</translation>
    </message>
    <message>
        <source>open at the scan station; finish or cancel it there first</source>
        <translation>sedang terbuka di stasiun scan; selesaikan atau batalkan di sana dulu</translation>
    </message>
    <message>
        <source>could not read the order</source>
        <translation>pesanan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>part of it is still packed from a refused attempt and could not be undone</source>
        <translation>sebagian masih terkemas dari percobaan yang ditolak dan tidak dapat dibatalkan</translation>
    </message>
    <message>
        <source>Delivered by your own fleet: no AWB; print its delivery slip in the DBS tab and mark it delivered there.</source>
        <translation>Dikirim penjual: tanpa AWB; cetak surat jalan di tab DBS dan tandai terkirim di sana.</translation>
    </message>
    <message>
        <source>digital items not delivered: %1</source>
        <translation>barang digital belum terkirim: %1</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention its digital items</source>
        <translation>Jawaban Lazada tidak menyebut barang digitalnya</translation>
    </message>
    <message>
        <source>the answer to the digital delivery was lost; it is checked with Lazada before anything is sent again</source>
        <translation>jawaban pengiriman digital hilang; dicek dulu ke Lazada sebelum kirim ulang</translation>
    </message>
    <message>
        <source>digital delivery refused: %1 (%2)</source>
        <translation>pengiriman digital ditolak: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n digital item(s) delivered.</source>
        <translation>
            <numerusform>%n barang digital terkirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lazada refused to deliver its digital items: %1 (%2)</source>
        <translation>Lazada menolak mengirim barang digital: %1 (%2)</translation>
    </message>
    <message>
        <source>digital items already delivered.</source>
        <translation>barang digital sudah terkirim.</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>tidak ada barang</translation>
    </message>
    <message>
        <source>no digital item to deliver (%1)</source>
        <translation>tidak ada barang digital untuk dikirim (%1)</translation>
    </message>
    <message>
        <source>already packed; not packed again.</source>
        <translation>sudah dikemas; tidak dikemas lagi.</translation>
    </message>
    <message>
        <source>nothing to pack (items canceled, shipped or not paid)</source>
        <translation>tidak ada yang dikemas (barang dibatalkan, sudah dikirim, atau belum dibayar)</translation>
    </message>
    <message>
        <source>no shipment provider was chosen for this group</source>
        <translation>belum ada jasa kirim dipilih untuk grup ini</translation>
    </message>
    <message>
        <source>Lazada refused to pack it: %1 (%2)</source>
        <translation>Lazada menolak mengemas: %1 (%2)</translation>
    </message>
    <message>
        <source>shipment providers not read: %1</source>
        <translation>jasa kirim tidak terbaca: %1</translation>
    </message>
    <message>
        <source>Lazada refused to offer a shipment provider: %1 (%2)</source>
        <translation>Lazada tidak memberi jasa kirim: %1 (%2)</translation>
    </message>
    <message>
        <source>the pack answer was lost and the order could not be checked</source>
        <translation>jawaban kemas hilang dan pesanan tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>the pack answer was lost; %1</source>
        <translation>jawaban kemas hilang; %1</translation>
    </message>
    <message>
        <source>pack refused: %1 (%2)</source>
        <translation>kemas ditolak: %1 (%2)</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this order</source>
        <translation>jawaban Lazada tidak menyebut pesanan ini</translation>
    </message>
    <message>
        <source> — the order was left unpacked so it ships in one parcel.</source>
        <translation> — pesanan dibiarkan belum dikemas agar dikirim dalam satu paket.</translation>
    </message>
    <message>
        <source> — the other items may stay packed in %1.</source>
        <translation> — barang lain mungkin tetap terkemas di %1.</translation>
    </message>
    <message>
        <source>label not fetched: %1</source>
        <translation>label tidak terambil: %1</translation>
    </message>
    <message>
        <source>Lazada refused to print its label: %1 (%2)</source>
        <translation>Lazada menolak mencetak label: %1 (%2)</translation>
    </message>
    <message>
        <source>label not printed: %1</source>
        <translation>label tidak tercetak: %1</translation>
    </message>
    <message>
        <source>could not check before ready to ship</source>
        <translation>tidak dapat memeriksa sebelum siap kirim</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>belum siap</translation>
    </message>
    <message>
        <source>Lazada refused to set it ready to ship: %1 (%2)</source>
        <translation>Lazada menolak set siap kirim: %1 (%2)</translation>
    </message>
    <message>
        <source>the ready-to-ship answer was lost and it did not apply</source>
        <translation>jawaban siap kirim hilang dan tidak diterapkan</translation>
    </message>
    <message>
        <source>ready to ship refused: %1 (%2)</source>
        <translation>siap kirim ditolak: %1 (%2)</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this package</source>
        <translation>jawaban Lazada tidak menyebut paket ini</translation>
    </message>
    <message>
        <source>no row for this order in the answer</source>
        <translation>tidak ada baris untuk pesanan ini dalam jawaban</translation>
    </message>
    <message>
        <source>the whole call was refused: %1 (%2)</source>
        <translation>seluruh panggilan ditolak: %1 (%2)</translation>
    </message>
    <message>
        <source>; the packed part is still to undo</source>
        <translation>; bagian yang terkemas masih harus dibatalkan</translation>
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
        <translation>%1 tidak punya kolom SKU.</translation>
    </message>
    <message>
        <source>The first row names the columns: %1.</source>
        <translation>Baris pertama berisi nama kolom: %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (%2).</source>
        <translation>%1 bukan teks UTF-8 (%2).</translation>
    </message>
    <message>
        <source>Save it from the spreadsheet as “CSV UTF-8”, or as .xlsx.</source>
        <translation>Simpan dari spreadsheet sebagai “CSV UTF-8”, atau sebagai .xlsx.</translation>
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
        <translation>Batalkan pesanan ini (sebelum dikemas) / tutup</translation>
    </message>
    <message>
        <source>Done: finish the remaining steps</source>
        <translation>Selesai: jalankan langkah yang tersisa</translation>
    </message>
    <message>
        <source>Reprint the label</source>
        <translation>Cetak ulang label</translation>
    </message>
    <message>
        <source>Repack (new package, new label)</source>
        <translation>Kemas ulang (paket baru, label baru)</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>Batalkan scan barang terakhir</translation>
    </message>
    <message>
        <source>Confirm the missing item without a barcode</source>
        <translation>Konfirmasi barang yang kurang tanpa barcode</translation>
    </message>
    <message>
        <source>Pack the verified items only</source>
        <translation>Kemas hanya barang yang sudah diperiksa</translation>
    </message>
    <message>
        <source>Log in as packer</source>
        <translation>Masuk sebagai packer</translation>
    </message>
    <message>
        <source>Log out packer</source>
        <translation>Keluar packer</translation>
    </message>
    <message>
        <source>Pick list: list its orders</source>
        <translation>Daftar ambil: tampilkan pesanannya</translation>
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
        <translation>lazpack — barcode perintah</translation>
    </message>
    <message>
        <source>There are no commands to print.</source>
        <translation>Tidak ada perintah untuk dicetak.</translation>
    </message>
    <message>
        <source>“%1” cannot be a Code128 barcode.</source>
        <translation>“%1” tidak bisa menjadi barcode Code128.</translation>
    </message>
    <message>
        <source>Use ASCII letters only.</source>
        <translation>Gunakan huruf ASCII saja.</translation>
    </message>
    <message>
        <source>Scan a barcode with the station&apos;s scanner. Keep this sheet next to the packing desk.</source>
        <translation>Scan barcode dengan pemindai stasiun. Simpan lembar ini di dekat meja kemas.</translation>
    </message>
</context>
<context>
    <name>DbsDeliveryDialog</name>
    <message>
        <source>Delivered by seller</source>
        <translation>Dikirim penjual</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) delivered by your own fleet:</source>
        <translation>
            <numerusform>%n paket dikirim armada Anda sendiri:</numerusform>
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
        <translation>&amp;Terkirim</translation>
    </message>
    <message>
        <source>&amp;Failed delivery</source>
        <translation>Pengiriman &amp;gagal</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Alasan (wajib):</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Catatan (opsional):</translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Tandai gagal</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Tandai terkirim</translation>
    </message>
</context>
<context>
    <name>DbsPanel</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
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
        <translation>Barang</translation>
    </message>
    <message>
        <source>Mark &amp;delivered…</source>
        <translation>Tandai &amp;terkirim…</translation>
    </message>
    <message>
        <source>&amp;Failed delivery…</source>
        <translation>Pengiriman &amp;gagal…</translation>
    </message>
    <message>
        <source>Print delivery &amp;slips</source>
        <translation>Cetak &amp;surat jalan</translation>
    </message>
</context>
<context>
    <name>DeliverySlip</name>
    <message>
        <source>Package %1 has no items to put on a delivery slip.</source>
        <extracomment>3 dots per module on a 203 dpi thermal head: bars land on whole dots and scan reliably.</extracomment>
        <translation>Paket %1 tidak memiliki barang untuk surat jalan.</translation>
    </message>
    <message>
        <source>Refresh the order and try again.</source>
        <translation>Muat ulang pesanan dan coba lagi.</translation>
    </message>
    <message>
        <source>Delivery slip %1</source>
        <translation>Surat jalan %1</translation>
    </message>
    <message>
        <source>DELIVERY SLIP</source>
        <translation>SURAT JALAN</translation>
    </message>
    <message>
        <source>Delivered by seller · page %1</source>
        <translation>Dikirim penjual · hal. %1</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>Dikirim penjual</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pesanan %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>DELIVER TO</source>
        <translation>KIRIM KE</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Tel %1</source>
        <translation>Telp %1</translation>
    </message>
    <message>
        <source>COLLECT (COD): %1</source>
        <translation>TAGIH (COD): %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>JML</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>BARANG</translation>
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
        <translation> — pilih printer</translation>
    </message>
</context>
<context>
    <name>EvidencePdf</name>
    <message>
        <source>Packing evidence, order %1</source>
        <translation>Bukti pengemasan, pesanan %1</translation>
    </message>
    <message>
        <source>Packing evidence — order %1</source>
        <translation>Bukti pengemasan — pesanan %1</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nomor resi</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>Di dalam paket</translation>
    </message>
    <message>
        <source>Scans at the station</source>
        <translation>Scan di stasiun</translation>
    </message>
    <message>
        <source>… %1 more scans in the station&apos;s journal</source>
        <translation>… %1 scan lagi di jurnal stasiun</translation>
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
        <translation>Buat ulang paket?</translation>
    </message>
    <message>
        <source>Recreate these packages at Lazada?
%1

The printed label becomes VOID: remove it from the parcel. The order goes back to To pack, and a new package and label follow when it is packed again.</source>
        <translation>Buat ulang paket ini di Lazada?
%1

Label yang sudah dicetak menjadi BATAL: lepas dari paket. Pesanan kembali ke Perlu dikemas, dan paket serta label baru dibuat saat dikemas lagi.</translation>
    </message>
    <message>
        <source>&amp;Repack</source>
        <translation>Kemas &amp;ulang</translation>
    </message>
    <message>
        <source>Deliver digital items?</source>
        <translation>Kirim barang digital?</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n digital item(s) of %1 as delivered at Lazada?
Send the codes or vouchers to the buyers first.</source>
        <translation>
            <numerusform>Tandai %n barang digital dari %1 sebagai terkirim di Lazada?
Kirim kode atau voucher ke pembeli dulu.</numerusform>
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
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <source>Order %1 is not loaded, so its slip cannot be printed.</source>
        <translation>Pesanan %1 belum dimuat, jadi surat jalannya tidak bisa dicetak.</translation>
    </message>
    <message>
        <source>Refresh the orders (F5) and try again.</source>
        <translation>Muat ulang pesanan (F5) dan coba lagi.</translation>
    </message>
    <message>
        <source>DBS delivery slips</source>
        <translation>Surat jalan DBS</translation>
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
        <translation>Kemas ulang</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Tandai terkirim</translation>
    </message>
    <message>
        <source>Failed delivery</source>
        <translation>Pengiriman gagal</translation>
    </message>
    <message>
        <source>Deliver digital items</source>
        <translation>Kirim barang digital</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <extracomment>Lazada refused the whole call, not this row (see ``RowResult.whole_call``)</extracomment>
        <translation>%1 berhasil</translation>
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
        <translation>Lazada tidak menawarkan jasa kirim untuk pesanan ini (alokasi %1) dan tidak memilihkannya.</translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <extracomment>Package ids alone, or ``{package_id: order_id}`` so the journal and the report know the order. One batch call of the port: package ids in, merged rows out.</extracomment>
        <translation>Tidak ada yang perlu diulang.</translation>
    </message>
    <message>
        <source>Only rows Lazada marked as retryable can be re-sent.</source>
        <translation>Hanya baris yang ditandai Lazada bisa diulang yang dapat dikirim lagi.</translation>
    </message>
    <message>
        <source>Item %1 has no order id; reload the order.</source>
        <translation>Barang %1 tidak punya ID pesanan; muat ulang pesanan.</translation>
    </message>
    <message>
        <source>No shipment provider chosen.</source>
        <translation>Jasa kirim belum dipilih.</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this row</source>
        <translation>Jawaban Lazada tidak menyebut baris ini</translation>
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
        <translation>belum ada jawaban</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>paket %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Action / scan</source>
        <translation>Aksi / scan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
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
        <translation>ID atau nomor pesanan, nomor resi, ID paket, SKU atau kode yang di-scan</translation>
    </message>
    <message>
        <source>All packers</source>
        <translation>Semua packer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>Select a line and press Enter to see the order&apos;s timeline.</source>
        <translation>Pilih baris dan tekan Enter untuk melihat riwayat pesanan.</translation>
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
            <numerusform> — hanya %n pesanan terbaru yang tampil; persempit pencarian atau tanggal untuk melihat yang lebih lama</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for these filters.</source>
        <translation>Tidak ada hasil untuk filter ini.</translation>
    </message>
    <message>
        <source>Order %1 — loading…</source>
        <translation>Pesanan %1 — memuat…</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>siap kirim</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>sudah dikemas</translation>
    </message>
    <message>
        <source>not packed</source>
        <translation>belum dikemas</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Pesanan %1 · %2 · %3</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>resi %1</translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s) %1</source>
        <translation>
            <numerusform>%n packer %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) %1</source>
        <translation>
            <numerusform>%n stasiun %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 dari %3</translation>
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
            <numerusform>%n scan salah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item scan(s)</source>
        <translation>
            <numerusform>%n scan barang</numerusform>
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
        <translation>Ekspor riwayat sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Mengekspor ke %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>%n baris diekspor ke %1.</numerusform>
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
        <translation>SKU toko</translation>
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
        <translation>menunggu dikemas</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>sudah dikemas</translation>
    </message>
    <message>
        <source>repacked</source>
        <translation>sudah dikemas ulang</translation>
    </message>
    <message>
        <source>ready to ship pending</source>
        <translation>menunggu siap kirim</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>siap kirim</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>sudah dikirim</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>gagal dikirim</translation>
    </message>
    <message>
        <source>shipped back</source>
        <translation>dikembalikan</translation>
    </message>
    <message>
        <source>shipped back success</source>
        <translation>berhasil dikembalikan</translation>
    </message>
    <message>
        <source>shipped back failed</source>
        <translation>gagal dikembalikan</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>dikembalikan pembeli</translation>
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
        <translation>rusak oleh 3PL</translation>
    </message>
</context>
<context>
    <name>JournalConnection</name>
    <message>
        <source>The journal %1 could not store a text with an invalid character.</source>
        <translation>Jurnal %1 tidak dapat menyimpan teks dengan karakter tidak valid.</translation>
    </message>
    <message>
        <source>Scan again; report it if it keeps happening.</source>
        <translation>Scan lagi; laporkan jika terus terjadi.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another program (%2).</source>
        <translation>Jurnal %1 dikunci program lain (%2).</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>Tutup jendela lazpack atau alat lain yang memakai folder data ini, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full.</source>
        <translation>Disk tempat jurnal %1 sudah penuh.</translation>
    </message>
    <message>
        <source>The journal %1 is read-only.</source>
        <translation>Jurnal %1 hanya-baca.</translation>
    </message>
    <message>
        <source>The journal %1 could not be written to disk (%2).</source>
        <translation>Jurnal %1 tidak dapat ditulis ke disk (%2).</translation>
    </message>
    <message>
        <source>Check free disk space and that the disk is still connected, then try again.</source>
        <translation>Periksa ruang disk dan pastikan disk masih terhubung, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2.</source>
        <translation>Jurnal %1 tidak dapat ditulis: %2.</translation>
    </message>
    <message>
        <source>Give this user write access to the data folder, or start lazpack with another --data-dir.</source>
        <translation>Beri pengguna ini akses tulis ke folder data, atau jalankan lazpack dengan --data-dir lain.</translation>
    </message>
    <message>
        <source>The damaged journal was kept as %1 and a new one was started.</source>
        <translation>Jurnal rusak disimpan sebagai %1 dan jurnal baru dimulai.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2.</source>
        <translation>Folder jurnal %1 tidak dapat dibuat: %2.</translation>
    </message>
    <message>
        <source>Move the file in the way, or start lazpack with another --data-dir.</source>
        <translation>Pindahkan berkas yang menghalangi, atau jalankan lazpack dengan --data-dir lain.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: a folder of that name is in the way.</source>
        <translation>Jurnal %1 tidak dapat dibuka: ada folder dengan nama itu.</translation>
    </message>
    <message>
        <source>Move or rename that folder, or start lazpack with another --data-dir.</source>
        <translation>Pindahkan atau ganti nama folder itu, atau jalankan lazpack dengan --data-dir lain.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: the data folder is read-only.</source>
        <translation>Jurnal %1 tidak dapat ditulis: folder data hanya-baca.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2.</source>
        <translation>Jurnal %1 tidak dapat dibuka: %2.</translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging (mode %2).</source>
        <translation>Jurnal %1 tidak dapat memakai write-ahead logging (mode %2).</translation>
    </message>
    <message>
        <source>Keep the data folder on a local disk, not a network share.</source>
        <translation>Simpan folder data di disk lokal, bukan di jaringan.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and cannot be moved aside: %2.</source>
        <translation>Jurnal %1 rusak dan tidak dapat dipindahkan: %2.</translation>
    </message>
    <message>
        <source>Move the file away by hand, then start lazpack again.</source>
        <translation>Pindahkan berkas secara manual, lalu jalankan lazpack lagi.</translation>
    </message>
</context>
<context>
    <name>JournalViews</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>S&amp;tats</source>
        <translation>&amp;Statistik</translation>
    </message>
</context>
<context>
    <name>Journaled</name>
    <message>
        <source>no rows in the answer</source>
        <translation>tidak ada baris dalam jawaban</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>Something went wrong.</source>
        <extracomment>Short, plain-language message for the status bar / banner.</extracomment>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <source>Lazada refused the request.</source>
        <extracomment>What to do next.</extracomment>
        <translation>Lazada menolak permintaan.</translation>
    </message>
    <message>
        <source>The shop&apos;s authorization is no longer valid.</source>
        <translation>Otorisasi toko sudah tidak berlaku.</translation>
    </message>
    <message>
        <source>Reconnect the shop (Shops → Reconnect).</source>
        <translation>Hubungkan ulang toko (Toko → Hubungkan ulang).</translation>
    </message>
    <message>
        <source>The access token is invalid or expired.</source>
        <translation>Access token tidak valid atau kedaluwarsa.</translation>
    </message>
    <message>
        <source>The refresh token is invalid or expired; the shop must be authorized again.</source>
        <translation>Refresh token tidak valid atau kedaluwarsa; toko harus diotorisasi ulang.</translation>
    </message>
    <message>
        <source>The authorization code is invalid, used or expired (codes last 30 minutes).</source>
        <translation>Kode otorisasi tidak valid, sudah dipakai, atau kedaluwarsa (berlaku 30 menit).</translation>
    </message>
    <message>
        <source>Start the authorization again.</source>
        <translation>Mulai otorisasi lagi.</translation>
    </message>
    <message>
        <source>This app can only be authorized through the Service Market.</source>
        <translation>Aplikasi ini hanya dapat diotorisasi lewat Service Market.</translation>
    </message>
    <message>
        <source>Lazada rejected the request signature.</source>
        <translation>Lazada menolak tanda tangan permintaan.</translation>
    </message>
    <message>
        <source>Check the app key and app secret in the shop settings.</source>
        <translation>Periksa app key dan app secret di pengaturan toko.</translation>
    </message>
    <message>
        <source>Lazada is rate-limiting this app; waiting before trying again.</source>
        <translation>Lazada membatasi laju aplikasi ini; menunggu sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>Lazada did not answer in time.</source>
        <translation>Lazada tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>lazpack retries automatically; check the network if this persists.</source>
        <translation>lazpack mencoba lagi otomatis; periksa jaringan jika terus terjadi.</translation>
    </message>
    <message>
        <source>No connection to Lazada.</source>
        <translation>Tidak ada koneksi ke Lazada.</translation>
    </message>
    <message>
        <source>Check the station&apos;s network connection.</source>
        <translation>Periksa koneksi jaringan stasiun.</translation>
    </message>
    <message>
        <source>Lazada sent an answer lazpack cannot read.</source>
        <translation>Lazada mengirim jawaban yang tidak dapat dibaca lazpack.</translation>
    </message>
    <message>
        <source>Nothing was changed locally; try again. Report it if it keeps happening.</source>
        <translation>Tidak ada yang berubah di lokal; coba lagi. Laporkan jika terus terjadi.</translation>
    </message>
    <message>
        <source>Lazada says the seller account is not verified or not active.</source>
        <translation>Lazada menyatakan akun penjual belum terverifikasi atau tidak aktif.</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last action.</source>
        <translation>Lazada mungkin sudah atau belum menerapkan aksi terakhir.</translation>
    </message>
    <message>
        <source>lazpack checks the order at Lazada before doing anything else.</source>
        <translation>lazpack memeriksa pesanan di Lazada sebelum melakukan hal lain.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Belum ada yang dipilih.</translation>
    </message>
    <message>
        <source>Select at least one package or order first.</source>
        <translation>Pilih minimal satu paket atau pesanan dulu.</translation>
    </message>
    <message>
        <source>A reason is required for a failed delivery.</source>
        <translation>Alasan wajib diisi untuk pengiriman gagal.</translation>
    </message>
    <message>
        <source>Pick a reason from the list or type one.</source>
        <translation>Pilih alasan dari daftar atau ketik sendiri.</translation>
    </message>
    <message>
        <source>These labels were printed already.</source>
        <translation>Label ini sudah pernah dicetak.</translation>
    </message>
    <message>
        <source>Confirm the reprint; a second label on a parcel confuses the courier.</source>
        <translation>Konfirmasi cetak ulang; dua label di satu paket membingungkan kurir.</translation>
    </message>
    <message>
        <source>Labels printed already: %1.</source>
        <translation>Label sudah dicetak: %1.</translation>
    </message>
    <message>
        <source>This label was voided (the package was re-created).</source>
        <translation>Label ini sudah dibatalkan (paket dibuat ulang).</translation>
    </message>
    <message>
        <source>Print the label of the new package instead.</source>
        <translation>Cetak label paket yang baru.</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order.</source>
        <translation>Lazada tidak menawarkan jasa kirim untuk pesanan ini.</translation>
    </message>
    <message>
        <source>Check the order in Seller Center; it cannot be packed from the station yet.</source>
        <translation>Periksa pesanan di Seller Center; belum bisa dikemas dari stasiun.</translation>
    </message>
    <message>
        <source>The label printer is not available.</source>
        <translation>Printer label tidak tersedia.</translation>
    </message>
    <message>
        <source>Check that it is switched on, or choose another printer.</source>
        <translation>Pastikan printer menyala, atau pilih printer lain.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so shop secrets cannot be stored.</source>
        <translation>Keyring sistem tidak tersedia, jadi rahasia toko tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The local journal could not be written.</source>
        <translation>Jurnal lokal tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Check free disk space and permissions of the data folder.</source>
        <translation>Periksa ruang disk dan izin folder data.</translation>
    </message>
    <message>
        <source>The local journal cannot be opened.</source>
        <translation>Jurnal lokal tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Update lazpack on this station, or start it with another --data-dir.</source>
        <translation>Perbarui lazpack di stasiun ini, atau jalankan dengan --data-dir lain.</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>Tutup jendela lazpack atau alat lain yang memakai folder data ini, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk holding the local journal is full.</source>
        <translation>Disk tempat jurnal lokal sudah penuh.</translation>
    </message>
    <message>
        <source>Free some disk space (or move the data folder), then try again.</source>
        <translation>Kosongkan ruang disk (atau pindahkan folder data), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The shop authorization did not complete.</source>
        <translation>Otorisasi toko belum selesai.</translation>
    </message>
    <message>
        <source>Click Authorize again and finish the consent page in the browser.</source>
        <translation>Klik Authorize lagi dan selesaikan halaman persetujuan di browser.</translation>
    </message>
    <message>
        <source>This shop is disconnected and must be authorized again.</source>
        <translation>Toko ini terputus dan harus diotorisasi ulang.</translation>
    </message>
    <message>
        <source>The label file cannot be read.</source>
        <translation>Berkas label tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Fetch the label again (Reprint); lazpack discards the damaged copy.</source>
        <translation>Ambil label lagi (Cetak ulang); lazpack membuang salinan yang rusak.</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <source>%1 Choose the printer for this label:</source>
        <translation>%1 Pilih printer untuk label ini:</translation>
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
        <translation>Selalu cetak label di sini tanpa bertanya</translation>
    </message>
    <message>
        <source>Use the label size (%1)</source>
        <translation>Pakai ukuran label (%1)</translation>
    </message>
    <message>
        <source>Print on the printer&apos;s own paper (label scaled to fit)</source>
        <translation>Cetak di kertas printer (label diperkecil agar muat)</translation>
    </message>
    <message>
        <source>If the printer&apos;s paper is not the label&apos;s size:</source>
        <translation>Jika kertas printer tidak seukuran label:</translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <source>Unknown label paper %1.</source>
        <extracomment>Thermal label printers print at 203 dpi; PDF output uses it so a saved label prints 1:1. Above this the raster only costs time: no label printer resolves finer. Answers to &quot;the printer&apos;s page does not match the label&quot;, remembered per printer. Page sizes within this many millimetres count as the same paper.</extracomment>
        <translation>Ukuran kertas label tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Pilih salah satu: %1.</translation>
    </message>
    <message>
        <source>Unknown orientation %1.</source>
        <translation>Orientasi tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>Use portrait or landscape.</source>
        <translation>Gunakan potret atau lanskap.</translation>
    </message>
    <message>
        <source>The label file cannot be read (%1).</source>
        <translation>Berkas label tidak dapat dibaca (%1).</translation>
    </message>
    <message>
        <source>The label printer “%1” was not found.</source>
        <translation>Printer label “%1” tidak ditemukan.</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. Choose another printer in Settings → Printer, or print with the system dialog. Available: %1.</source>
        <translation>Mungkin dicabut, diganti nama, atau dihapus. Pilih printer lain di Pengaturan → Printer, atau cetak lewat dialog sistem. Tersedia: %1.</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. No printers are installed; print with the system dialog or save the labels as PDF.</source>
        <translation>Mungkin dicabut, diganti nama, atau dihapus. Tidak ada printer terpasang; cetak lewat dialog sistem atau simpan label sebagai PDF.</translation>
    </message>
    <message>
        <source>The label printer “%1” reports an error (offline or out of labels).</source>
        <translation>Printer label “%1” melaporkan kesalahan (offline atau label habis).</translation>
    </message>
    <message>
        <source>Check that it is switched on, connected and loaded, or choose another printer.</source>
        <translation>Pastikan printer menyala, terhubung dan berisi label, atau pilih printer lain.</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Berkas PDF</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to portrait in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>“%1” memakai %2 × %3 mm, label terputar menyamping. Perbaikan: atur orientasi potret di Pengaturan → Printer atau di pengaturan printer.</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to landscape in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>“%1” memakai %2 × %3 mm, label terputar menyamping. Perbaikan: atur orientasi lanskap di Pengaturan → Printer atau di pengaturan printer.</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm paper but the label is %4 × %5 mm, so it prints at %6 size. Fix: set the paper size to %4 × %5 mm in the printer&apos;s settings (Printers → Preferences), or pick the paper it really has in Settings → Printer.</source>
        <translation>“%1” memakai kertas %2 × %3 mm tetapi label %4 × %5 mm, jadi tercetak %6. Perbaikan: atur ukuran kertas %4 × %5 mm di pengaturan printer (Printer → Preferensi), atau pilih kertas yang sebenarnya di Pengaturan → Printer.</translation>
    </message>
    <message>
        <source>“%1” adds margins (%2 mm), which shrink the label. Fix: set the margins to 0 / borderless in the printer&apos;s settings.</source>
        <translation>“%1” menambah margin (%2 mm) yang mengecilkan label. Perbaikan: atur margin 0 / tanpa batas di pengaturan printer.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>The print job could not be started on “%1”.</source>
        <translation>Pekerjaan cetak tidak dapat dimulai di “%1”.</translation>
    </message>
    <message>
        <source>Check the printer, or choose another; the labels are kept and can be printed again.</source>
        <translation>Periksa printer, atau pilih yang lain; label tetap tersimpan dan bisa dicetak lagi.</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>Printer berhenti menerima halaman.</translation>
    </message>
    <message>
        <source>Check the printer; then print the labels again.</source>
        <translation>Periksa printer, lalu cetak ulang label.</translation>
    </message>
    <message>
        <source>“%1” failed while printing.</source>
        <translation>“%1” gagal saat mencetak.</translation>
    </message>
    <message>
        <source>The printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Check the printer (paper, cover, cable); then print the labels again.</source>
        <translation>Periksa printer (kertas, penutup, kabel), lalu cetak ulang label.</translation>
    </message>
    <message>
        <source>No label printer is set.</source>
        <translation>Printer label belum diatur.</translation>
    </message>
    <message>
        <source>Choose one in Settings → Printer, or print with the system dialog.</source>
        <translation>Pilih di Pengaturan → Printer, atau cetak lewat dialog sistem.</translation>
    </message>
</context>
<context>
    <name>LabelService</name>
    <message>
        <source>The label of package %1 was voided.</source>
        <extracomment>package id → prints so far, including this one where ``print_label`` sends jobs; the UI sets it from the printer settings</extracomment>
        <translation>Label paket %1 sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Lazada&apos;s label link expired twice in a row.</source>
        <translation>Tautan label Lazada kedaluwarsa dua kali berturut-turut.</translation>
    </message>
    <message>
        <source>Check the station&apos;s clock and network, then print again.</source>
        <translation>Periksa jam dan jaringan stasiun, lalu cetak lagi.</translation>
    </message>
    <message>
        <source>PrintAWB answered without a label link for %1.</source>
        <translation>PrintAWB menjawab tanpa tautan label untuk %1.</translation>
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
        <translation>Printer label belum dipilih.</translation>
    </message>
    <message>
        <source>Set a label printer in Settings → Printer, or print with the dialog.</source>
        <translation>Atur printer label di Pengaturan → Printer, atau cetak lewat dialog.</translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <source>The label folder %1 cannot be created: %2</source>
        <translation>Folder label %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>The label of package %1 cannot be saved: %2</source>
        <translation>Label paket %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>The label print record cannot be written: %1</source>
        <translation>Catatan cetak label tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>The label print records cannot be read: %1</source>
        <translation>Catatan cetak label tidak dapat dibaca: %1</translation>
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
        <translation>Tempel alamat dari browser saja.</translation>
    </message>
    <message>
        <source>Port %1 on this PC is busy, so lazpack cannot receive the answer.</source>
        <translation>Port %1 di PC ini sedang dipakai, jadi lazpack tidak bisa menerima jawaban.</translation>
    </message>
    <message>
        <source>Close the program using it, or paste the address from the browser.</source>
        <translation>Tutup program yang memakainya, atau tempel alamat dari browser.</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Bukan di sini</translation>
    </message>
    <message>
        <source>lazpack only expects the Lazada redirect.</source>
        <translation>lazpack hanya menunggu redirect dari Lazada.</translation>
    </message>
    <message>
        <source>This answer does not belong to lazpack&apos;s current authorization</source>
        <translation>Jawaban ini bukan milik otorisasi lazpack saat ini</translation>
    </message>
    <message>
        <source>Go back to lazpack and click Authorize again if needed.</source>
        <translation>Kembali ke lazpack dan klik Authorize lagi jika perlu.</translation>
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
        <translation>Lazada tidak mengotorisasi toko: %1</translation>
    </message>
    <message>
        <source>Authorization was not given</source>
        <translation>Otorisasi tidak diberikan</translation>
    </message>
    <message>
        <source>No authorization code</source>
        <translation>Tidak ada kode otorisasi</translation>
    </message>
    <message>
        <source>Click Authorize again in lazpack.</source>
        <translation>Klik Authorize lagi di lazpack.</translation>
    </message>
    <message>
        <source>The shop is being connected to lazpack</source>
        <translation>Toko sedang dihubungkan ke lazpack</translation>
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
        <translation>Menghubungkan…</translation>
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
        <translation>● Dibatasi</translation>
    </message>
    <message>
        <source>● Shop authorization needed</source>
        <translation>● Perlu otorisasi toko</translation>
    </message>
    <message>
        <source>● Sync error</source>
        <translation>● Sinkronisasi gagal</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>room for a window&apos;s title bar and frame around its client area (see ``fit_to_screen``) Tab bar order; None is &quot;All&quot;.</extracomment>
        <translation>Semua</translation>
    </message>
    <message>
        <source>lazpack — DEMO shop</source>
        <translation>lazpack — toko DEMO</translation>
    </message>
    <message>
        <source>DEMO — simulated orders. Nothing here reaches a real shop.</source>
        <extracomment>keys the window&apos;s packing actions own even while the field has focus the status bar&apos;s Reconnect button: open Station → Shops…</extracomment>
        <translation>DEMO — pesanan simulasi. Tidak ada yang sampai ke toko asli.</translation>
    </message>
    <message>
        <source>Scan an order, AWB or item barcode (F2)</source>
        <translation>Scan pesanan, AWB atau barcode barang (F2)</translation>
    </message>
    <message>
        <source>Search: order, SKU, item, tracking, customer (Ctrl+F)</source>
        <translation>Cari: pesanan, SKU, barang, resi, pelanggan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the orders of one shop (Ctrl+Shift+F)</source>
        <translation>Tampilkan pesanan satu toko (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message>
        <source>Syncing %v / %m</source>
        <translation>Sinkronisasi %v / %m</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <extracomment>on a warehouse database: which station talks to Lazada for the shops</extracomment>
        <translation>Hubungkan ulang…</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Stasiun</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>&amp;Packing</source>
        <translation>&amp;Kemas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>Stasiun pengemasan</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>Kolom scan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Filter by shop</source>
        <translation>Filter per toko</translation>
    </message>
    <message>
        <source>Orders list</source>
        <translation>Daftar pesanan</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Tab berikutnya</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Tab sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Packer: %1</translation>
    </message>
    <message>
        <source>No packer — scan your card</source>
        <translation>Belum ada packer — scan kartu Anda</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Semua toko</translation>
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
        <translation>stasiun ini</translation>
    </message>
    <message>
        <source>Lazada sync: %1</source>
        <translation>Sinkronisasi Lazada: %1</translation>
    </message>
    <message>
        <source>One station of the warehouse talks to Lazada for each shop; the others read the orders it synced from the warehouse database.</source>
        <translation>Satu stasiun di gudang berhubungan dengan Lazada untuk tiap toko; stasiun lain membaca pesanan yang disinkronkan stasiun itu dari database gudang.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n menit lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 (%2)</source>
        <translation>Sinkron %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OrderBatchReport</name>
    <message>
        <source>%1 of %2 orders done, %3 failed</source>
        <extracomment>The step a digital-only order reaches (it has no pack, label or ready to ship).</extracomment>
        <translation>%1 dari %2 pesanan selesai, %3 gagal</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>To pack</source>
        <extracomment>The tabs the window shows, in order, with the packer&apos;s words for them.</extracomment>
        <translation>Perlu dikemas</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Sudah dikemas</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Siap kirim</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>Dikirim penjual</translation>
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
        <translation>Lintas negara</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
</context>
<context>
    <name>OrderClaims</name>
    <message>
        <source>%1 s ago</source>
        <extracomment>A claim lives this long without a heartbeat: a dead station&apos;s orders are free after it. Heartbeats per lease: two may be missed before the lease runs out.</extracomment>
        <translation>%1 detik lalu</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 menit lalu</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 jam lalu</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2 by %3, %4.</source>
        <translation>Pesanan %1 sedang dikemas di %2 oleh %3, %4.</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2, %3.</source>
        <translation>Pesanan %1 sedang dikemas di %2, %3.</translation>
    </message>
    <message>
        <source>packing</source>
        <extracomment>The journal&apos;s write actions as a packer reads them (&quot;left mid-%2&quot;); an unknown one shows as its code rather than nothing.</extracomment>
        <translation>pengemasan</translation>
    </message>
    <message>
        <source>ready-to-ship</source>
        <translation>siap kirim</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>kemas ulang</translation>
    </message>
    <message>
        <source>label printing</source>
        <translation>pencetakan label</translation>
    </message>
    <message>
        <source>delivery confirmation</source>
        <translation>konfirmasi terkirim</translation>
    </message>
    <message>
        <source>failed-delivery report</source>
        <translation>laporan pengiriman gagal</translation>
    </message>
    <message>
        <source>digital delivery</source>
        <translation>pengiriman digital</translation>
    </message>
    <message>
        <source>Scan another order, or take this one over if that station has stopped.</source>
        <extracomment>called after this station claimed, released or lost an order (the list refreshes)</extracomment>
        <translation>Scan pesanan lain, atau ambil alih pesanan ini jika stasiun itu sudah berhenti.</translation>
    </message>
    <message>
        <source>Order %1 was left mid-%2 by another station and Lazada could not be asked yet what happened.</source>
        <translation>Pesanan %1 ditinggalkan stasiun lain di tengah %2 dan Lazada belum bisa ditanya apa yang terjadi.</translation>
    </message>
    <message>
        <source>Scan the order again in a moment.</source>
        <translation>Tunggu sebentar, lalu scan pesanan lagi.</translation>
    </message>
    <message>
        <source>A take-over needs a reason (it is kept in the journal).</source>
        <translation>Ambil alih perlu alasan (disimpan di jurnal).</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Qty</source>
        <extracomment>Buyer text (notes, gift messages) longer than this is cut in the panel; the whole text is in the details tooltip. how wide the Package column may get: a package id&apos;s head and tail (&quot;FP0…54433&quot;), whole in the tooltip Lines of the order details the panel shows at most (never taller than the screen). the order now shown (an ``OrderRow``, or None): side panels follow it (packing video)</extracomment>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
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
        <translation>Paket</translation>
    </message>
    <message>
        <source>No order selected</source>
        <extracomment>verification progress of the order open at the scan station (per SKU)</extracomment>
        <translation>Belum ada pesanan dipilih</translation>
    </message>
    <message>
        <source>Select an order in the list or scan it.</source>
        <translation>Pilih pesanan di daftar atau scan.</translation>
    </message>
    <message>
        <source>Reprint label (Ctrl+P)</source>
        <translation>Cetak ulang label (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preview label (Ctrl+Shift+V)</source>
        <translation>Pratinjau label (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Repack… (Ctrl+Shift+R)</source>
        <translation>Kemas ulang… (Ctrl+Shift+R)</translation>
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
        <translation>DIGITAL — tanpa paket; kirim dengan Ctrl+Shift+D</translation>
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
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>Tracking %1</source>
        <translation>Resi %1</translation>
    </message>
</context>
<context>
    <name>OrderPipeline</name>
    <message>
        <source>%1 (1 item)</source>
        <extracomment>Tells the packer (through the service&apos;s listeners) what a step did. item statuses of a parcel that has left the station for good the order&apos;s other parcels: (package id or tracking number, number of live rows) why nothing can be packed from this scan (&quot;&quot; when something can)</extracomment>
        <translation>%1 (1 barang)</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation>%1 (%2 barang)</translation>
    </message>
    <message>
        <source> Only this parcel is checked; other parcels of the order: %1.</source>
        <translation> Hanya paket ini yang diperiksa; paket lain dari pesanan ini: %1.</translation>
    </message>
    <message>
        <source>not packed yet</source>
        <translation>belum dikemas</translation>
    </message>
    <message>
        <source>Order %1 has only digital items: nothing to pack. Deliver them at Lazada (Packing → Deliver digital items, Ctrl+Shift+D).</source>
        <translation>Pesanan %1 hanya berisi barang digital: tidak ada yang dikemas. Kirim lewat Lazada (Kemas → Kirim barang digital, Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Parcel %1 of order %2 has already shipped (%3): nothing to pack.</source>
        <translation>Paket %1 dari pesanan %2 sudah dikirim (%3): tidak ada yang dikemas.</translation>
    </message>
    <message>
        <source>Order %1 has already shipped (%2): nothing to pack.</source>
        <translation>Pesanan %1 sudah dikirim (%2): tidak ada yang dikemas.</translation>
    </message>
    <message numerus="yes">
        <source> %n item(s) stay pending.</source>
        <translation>
            <numerusform> %n barang tetap menunggu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 packed (%2).%3</source>
        <translation>Pesanan %1 dikemas (%2).%3</translation>
    </message>
    <message>
        <source>Order %1 was not changed: %2 (no items came back as the station knows them), so nothing was sent.</source>
        <extracomment>the state the running step is heading for (the next-action text while working)</extracomment>
        <translation>Pesanan %1 tidak diubah: %2 (barang yang kembali tidak sesuai dengan yang diketahui stasiun), jadi tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Scan DONE to read the order again.</source>
        <translation>Scan DONE untuk membaca pesanan lagi.</translation>
    </message>
    <message>
        <source>Label printed. Scan it on the parcel to confirm.</source>
        <translation>Label tercetak. Scan label di paket untuk konfirmasi.</translation>
    </message>
    <message>
        <source>Lazada did not %1.</source>
        <translation>Lazada tidak %1.</translation>
    </message>
    <message>
        <source>Scan %1 to try again.</source>
        <translation>Scan %1 untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last %1 of order %2 and cannot be checked right now (%3).</source>
        <translation>Lazada mungkin sudah atau belum menerapkan %1 terakhir pesanan %2 dan saat ini tidak bisa diperiksa (%3).</translation>
    </message>
    <message>
        <source>Nothing is sent until it can be checked; scan DONE to check again.</source>
        <translation>Tidak ada yang dikirim sampai bisa diperiksa; scan DONE untuk memeriksa lagi.</translation>
    </message>
    <message>
        <source>Part of order %1 is still packed from the refused attempt (%2); it is undone before the rest is packed, so the order ships in one parcel.</source>
        <translation>Sebagian pesanan %1 masih terkemas dari percobaan yang ditolak (%2); itu dibatalkan sebelum sisanya dikemas, agar pesanan dikirim dalam satu paket.</translation>
    </message>
    <message>
        <source>Scan DONE to try again.</source>
        <translation>Scan DONE untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>Order %1 changed at Lazada: </source>
        <translation>Pesanan %1 berubah di Lazada: </translation>
    </message>
    <message>
        <source>Take canceled items out of the parcel and scan CANCEL, or pack the rest with PARTIAL after undoing them.</source>
        <translation>Keluarkan barang yang dibatalkan dari paket dan scan CANCEL, atau kemas sisanya dengan PARTIAL setelah mengeluarkannya.</translation>
    </message>
    <message>
        <source>Order %1 is already packed.</source>
        <translation>Pesanan %1 sudah dikemas.</translation>
    </message>
    <message>
        <source> The packed part was undone so the order ships in one parcel.</source>
        <translation> Bagian yang terkemas dibatalkan agar pesanan dikirim dalam satu paket.</translation>
    </message>
    <message>
        <source> Part of it is packed in %1.</source>
        <translation> Sebagian sudah dikemas di %1.</translation>
    </message>
    <message>
        <source>Lazada did not pack order %1: %2.%3</source>
        <translation>Lazada tidak mengemas pesanan %1: %2.%3</translation>
    </message>
    <message>
        <source> The part Lazada packed was undone so the order ships in one parcel.</source>
        <translation> Bagian yang dikemas Lazada dibatalkan agar pesanan dikirim dalam satu paket.</translation>
    </message>
    <message>
        <source> Part of it is packed in %1; that is undone first.</source>
        <translation> Sebagian dikemas di %1; itu dibatalkan dulu.</translation>
    </message>
    <message>
        <source>Lazada did not pack all of order %1 (its answer was lost and the order is still to pack).%2</source>
        <translation>Lazada tidak mengemas seluruh pesanan %1 (jawabannya hilang dan pesanan masih perlu dikemas).%2</translation>
    </message>
    <message>
        <source>Order %1 has no package to print a label for.</source>
        <translation>Pesanan %1 tidak punya paket untuk dicetak labelnya.</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>dicetak ulang</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>tercetak</translation>
    </message>
    <message>
        <source>Label for order %1 %2.</source>
        <translation>Label pesanan %1 %2.</translation>
    </message>
    <message>
        <source>Order %1 cannot be set ready to ship: </source>
        <translation>Pesanan %1 tidak dapat diatur siap kirim: </translation>
    </message>
    <message>
        <source>set order %1 ready to ship (its answer was lost and the package is still packed)</source>
        <translation>mengatur pesanan %1 siap kirim (jawabannya hilang dan paket masih terkemas)</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship.</source>
        <translation>Pesanan %1 siap kirim.</translation>
    </message>
    <message>
        <source>Lazada did not set order %1 ready to ship: %2</source>
        <translation>Lazada tidak mengatur pesanan %1 siap kirim: %2</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship (%2).</source>
        <translation>Pesanan %1 siap kirim (%2).</translation>
    </message>
    <message>
        <source>recreate the package of order %1</source>
        <translation>membuat ulang paket pesanan %1</translation>
    </message>
    <message>
        <source>Lazada did not recreate the package of order %1: %2</source>
        <translation>Lazada tidak membuat ulang paket pesanan %1: %2</translation>
    </message>
    <message>
        <source>Package %1 recreated: its label is void. Scan DONE to pack again.</source>
        <translation>Paket %1 dibuat ulang: labelnya batal. Scan DONE untuk mengemas lagi.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n menit lalu</numerusform>
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
        <translation>kemarin</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ cancel requested</source>
        <translation>⚠ minta dibatalkan</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Texts the search index keeps results for (a few searches&apos; worth of keystrokes). Up to this many changed rows are merged in place; more (a full sync page) re-sort.</extracomment>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Package / tracking</source>
        <translation>Paket / resi</translation>
    </message>
    <message>
        <source>Packing at</source>
        <translation>Dikemas di</translation>
    </message>
    <message>
        <source>This station</source>
        <extracomment>{Tab: count} after every change of the book. The search index: text → visible positions for the current tab, shop and row order (cleared when any of them changes). A keystroke narrows the longest cached text it contains instead of all rows; backspacing is a lookup. a warehouse&apos;s live order claims (who packs what), and this station&apos;s id</extracomment>
        <translation>Stasiun ini</translation>
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
        <translation>Bayar di tempat: kurir menagih uangnya</translation>
    </message>
</context>
<context>
    <name>PackBatchDialog</name>
    <message>
        <source>local</source>
        <extracomment>The batch service&apos;s order groups (``Group`` values), as the packer reads them.</extracomment>
        <translation>lokal</translation>
    </message>
    <message>
        <source>cross-border</source>
        <translation>lintas negara</translation>
    </message>
    <message>
        <source>delivered by seller</source>
        <translation>dikirim penjual</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 dari %3 selesai</translation>
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
        <translation>Toko</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>belum ada yang dikirim</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>sudah dikemas</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>label tercetak</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>Pack &amp; ship — results</source>
        <translation>Kemas &amp; kirim — hasil</translation>
    </message>
    <message>
        <source>&amp;Retry failed orders</source>
        <translation>&amp;Ulangi pesanan yang gagal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED (retry possible)</source>
        <translation>GAGAL (bisa diulang)</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n can be retried (R).</source>
        <translation>
            <numerusform>%1 %n bisa diulang (R).</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1: done.</source>
        <translation>Pesanan %1: selesai.</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry can help:</source>
        <translation>Pesanan %1 gagal; coba lagi bisa membantu:</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry cannot help as is:</source>
        <translation>Pesanan %1 gagal; coba lagi begini tidak membantu:</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n order(s)…</source>
        <translation>
            <numerusform>Mengulang %n pesanan…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retry failed: %2</source>
        <translation>%1 Gagal mengulang: %2</translation>
    </message>
</context>
<context>
    <name>PackContext</name>
    <message>
        <source>Lazada answered with no items for it</source>
        <translation>Lazada menjawab tanpa barang apa pun</translation>
    </message>
    <message>
        <source>Lazada answered with item rows that have no id</source>
        <translation>Lazada menjawab dengan baris barang tanpa id</translation>
    </message>
    <message>
        <source>Lazada answered with items of another order</source>
        <translation>Lazada menjawab dengan barang dari pesanan lain</translation>
    </message>
    <message numerus="yes">
        <source>Lazada&apos;s answer leaves out %n of its items</source>
        <translation>
            <numerusform>jawaban Lazada tidak menyertakan %n barangnya</numerusform>
        </translation>
    </message>
    <message>
        <source>A shipment provider must be chosen for this order.</source>
        <extracomment>Asked when the shop must pick a shipment provider (``provider_choice == &quot;ask&quot;`` or no saved choice): returns the chosen ``provider_code`` or None when the packer declined. (shop_id, order_id) -&gt; packages of a partly refused Pack whose undo has not succeeded yet: settled before the order is packed again (one parcel per order) (shop_id, order_id) -&gt; the ``shipping_allocate_type`` GetShipmentProvider answered for the order (TFS local, NTFS cross-border): a batch groups by it before asking</extracomment>
        <translation>Jasa kirim harus dipilih untuk pesanan ini.</translation>
    </message>
    <message>
        <source>Pick one in the provider dialog, or save one for the shop in Settings.</source>
        <translation>Pilih di dialog jasa kirim, atau simpan satu untuk toko di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Starting — checking unfinished work…</source>
        <translation>Memulai — memeriksa pekerjaan yang belum selesai…</translation>
    </message>
    <message>
        <source>lazpack is still checking the last session with Lazada; scan again in a moment.</source>
        <translation>lazpack masih memeriksa sesi terakhir dengan Lazada; scan lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Reprint cancelled.</source>
        <translation>Cetak ulang dibatalkan.</translation>
    </message>
    <message>
        <source>Repack cancelled.</source>
        <translation>Kemas ulang dibatalkan.</translation>
    </message>
    <message>
        <source>Select orders in the list first.</source>
        <translation>Pilih pesanan di daftar dulu.</translation>
    </message>
    <message numerus="yes">
        <source>Packing and shipping %n order(s)…</source>
        <translation>
            <numerusform>Mengemas dan mengirim %n pesanan…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>Order %1 has nothing to pack (its items are canceled, shipped, digital or unpaid).</source>
        <extracomment>for UNKNOWN: the SKUs of the open order this barcode could be linked to Item statuses a packer can still work on at the station. Later ones (shipped...) and canceled rows are shown nowhere in the session: they are not in the parcel.</extracomment>
        <translation>Pesanan %1 tidak punya barang untuk dikemas (dibatalkan, sudah dikirim, digital, atau belum dibayar).</translation>
    </message>
    <message>
        <source>There is no item scan to undo.</source>
        <translation>Tidak ada scan barang untuk dibatalkan.</translation>
    </message>
    <message>
        <source>The saved packing session cannot be restored (%1).</source>
        <translation>Sesi pengemasan tersimpan tidak dapat dipulihkan (%1).</translation>
    </message>
    <message>
        <source>Open the order again; its state at Lazada is unchanged.</source>
        <translation>Buka pesanan lagi; statusnya di Lazada tidak berubah.</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>Scan an order or AWB</source>
        <extracomment>a scanned order has only digital items: offer DeliverDigital for it (the key) &quot;open another order?&quot; while one is being packed (a list pick, never a scan) False until start-up recovery ran: no scan or batch may write before it</extracomment>
        <translation>Scan pesanan atau AWB</translation>
    </message>
    <message>
        <source>Ready to ship ✓ — scan the next order</source>
        <translation>Siap kirim ✓ — scan pesanan berikutnya</translation>
    </message>
    <message>
        <source>Packing…</source>
        <extracomment>(flash, settled tint, text) per severity; light palette then dark palette kinds after which the service goes on by itself when the policy reaches that step</extracomment>
        <translation>Mengemas…</translation>
    </message>
    <message>
        <source>Printing label…</source>
        <translation>Mencetak label…</translation>
    </message>
    <message>
        <source>Marking ready to ship…</source>
        <translation>Menandai siap kirim…</translation>
    </message>
    <message>
        <source>Not finished — scan DONE to retry, or CANCEL</source>
        <translation>Belum selesai — scan DONE untuk mengulang, atau CANCEL</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Memproses…</translation>
    </message>
    <message>
        <source>Scan item %1 of %2: %3</source>
        <translation>Scan barang %1 dari %2: %3</translation>
    </message>
    <message>
        <source>All items verified — scan DONE to pack</source>
        <translation>Semua barang cocok — scan DONE untuk mengemas</translation>
    </message>
    <message>
        <source>Packed — scan DONE to print the label</source>
        <translation>Sudah dikemas — scan DONE untuk cetak label</translation>
    </message>
    <message>
        <source>Scan the label on the parcel</source>
        <translation>Scan label di paket</translation>
    </message>
    <message>
        <source>Label printed — scan DONE for ready to ship</source>
        <translation>Label tercetak — scan DONE untuk siap kirim</translation>
    </message>
    <message>
        <source>No order open</source>
        <extracomment>&quot;ok&quot; | &quot;error&quot; | &quot;info&quot; | &quot;ready&quot; — the colour currently shown</extracomment>
        <translation>Belum ada pesanan dibuka</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation>%v dari %m barang</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Packer: %1</translation>
    </message>
    <message>
        <source>Packer: — (scan your card)</source>
        <translation>Packer: — (scan kartu Anda)</translation>
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
        <translation>Ketik nama packer, satu per baris (huruf Latin, seperti di kartunya). Masing-masing dapat kartu barcode: scan kartu untuk masuk.</translation>
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
        <translation>&amp;Cetak kartu packer…</translation>
    </message>
    <message>
        <source>“%1” cannot go on a barcode card: use Latin letters and digits (no “:”). A Thai or Vietnamese name needs a Latin nickname here.</source>
        <translation>“%1” tidak bisa dipakai di kartu barcode: gunakan huruf Latin dan angka (tanpa “:”). Nama Thai atau Vietnam perlu nama panggilan Latin di sini.</translation>
    </message>
    <message>
        <source>Packers: none yet</source>
        <translation>Packer: belum ada</translation>
    </message>
    <message>
        <source>Type at least one name first.</source>
        <translation>Ketik minimal satu nama dulu.</translation>
    </message>
    <message numerus="yes">
        <source>Cards for %n packer(s) are ready to print.</source>
        <translation>
            <numerusform>Kartu untuk %n packer siap dicetak.</numerusform>
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
        <translation>Scan kosong diabaikan.</translation>
    </message>
    <message>
        <source>“%1” ignored: order %2 is still being processed. Scan again when it is done.</source>
        <translation>“%1” diabaikan: pesanan %2 masih diproses. Scan lagi setelah selesai.</translation>
    </message>
    <message>
        <source>Scan an order first.</source>
        <extracomment>order claims across the stations of a warehouse (None: this PC is alone) the claim of the order a scan is opening (warehouse), answered in the background a pick list&apos;s barcode (``#LP:WAVE:&lt;id&gt;``) scanned: its orders&apos; summary (or raises ``WorkflowError``); the station&apos;s ``PickingService`` answers it asked before an order is opened: a refusal in the packer&apos;s words, or &quot;&quot; (the packing video&apos;s &quot;require video&quot; while the camera is not recording)</extracomment>
        <translation>Scan pesanan dulu.</translation>
    </message>
    <message>
        <source>“%1” not counted: %2</source>
        <translation>“%1” tidak dihitung: %2</translation>
    </message>
    <message>
        <source>Too many: %1 — %2 is already complete (%3 of %4). Put this one back.</source>
        <translation>Kelebihan: %1 — %2 sudah lengkap (%3 dari %4). Kembalikan yang ini.</translation>
    </message>
    <message>
        <source>confirmed without barcode</source>
        <translation>dikonfirmasi tanpa barcode</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>lewat %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2: %3 dari %4</translation>
    </message>
    <message>
        <source>%1. All %2 items verified.</source>
        <translation>%1. Semua %2 barang sudah diperiksa.</translation>
    </message>
    <message>
        <source>Packing…</source>
        <translation>Mengemas…</translation>
    </message>
    <message>
        <source>Order %1 is not in the open orders list.</source>
        <translation>Pesanan %1 tidak ada di daftar pesanan terbuka.</translation>
    </message>
    <message>
        <source>Wait until the current order is done.</source>
        <translation>Tunggu sampai pesanan saat ini selesai.</translation>
    </message>
    <message>
        <source>“%1” is another parcel of order %2. Finish this parcel (%3) first, or scan CANCEL.</source>
        <translation>“%1” adalah paket lain dari pesanan %2. Selesaikan dulu paket ini (%3), atau scan CANCEL.</translation>
    </message>
    <message>
        <source>Wrong label: “%1” belongs to order %2, not to order %3.</source>
        <translation>Label salah: “%1” milik pesanan %2, bukan pesanan %3.</translation>
    </message>
    <message>
        <source>Order %1 is still open (%2 of %3 verified, %4). Finish it or scan CANCEL before opening order %5.</source>
        <translation>Pesanan %1 masih terbuka (%2 dari %3 diperiksa, %4). Selesaikan atau scan CANCEL sebelum membuka pesanan %5.</translation>
    </message>
    <message>
        <source>Deliver digital items (Ctrl+Shift+D)</source>
        <translation>Kirim barang digital (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source> It is already ready to ship at Lazada.</source>
        <translation> Pesanan sudah siap kirim di Lazada.</translation>
    </message>
    <message>
        <source> Already packed at Lazada (%1).</source>
        <translation> Sudah dikemas di Lazada (%1).</translation>
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
        <translation>Pesanan %1 sudah terbuka.</translation>
    </message>
    <message>
        <source>Wait: the current step is still running.</source>
        <translation>Tunggu: langkah saat ini masih berjalan.</translation>
    </message>
    <message>
        <source>Pick lists are not available at this station.</source>
        <translation>Daftar ambil tidak tersedia di stasiun ini.</translation>
    </message>
    <message>
        <source>Packer: %1.</source>
        <translation>Packer: %1.</translation>
    </message>
    <message>
        <source>Packer logged out.</source>
        <translation>Packer sudah keluar.</translation>
    </message>
    <message>
        <source>No order is open.</source>
        <translation>Belum ada pesanan terbuka.</translation>
    </message>
    <message>
        <source>%1 different items are missing: choose the one to confirm on screen.</source>
        <translation>%1 barang berbeda kurang: pilih yang akan dikonfirmasi di layar.</translation>
    </message>
    <message>
        <source>%1 is not in order %2.</source>
        <translation>%1 tidak ada di pesanan %2.</translation>
    </message>
    <message>
        <source>Open the order first, then link the barcode.</source>
        <translation>Buka pesanan dulu, lalu tautkan barcode.</translation>
    </message>
    <message>
        <source>“%1” cannot be linked to an item.</source>
        <translation>“%1” tidak bisa ditautkan ke barang.</translation>
    </message>
    <message>
        <source>“%1” already means %2.</source>
        <translation>“%1” sudah berarti %2.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” sekarang adalah %2.</translation>
    </message>
    <message>
        <source>manual confirmation</source>
        <translation>konfirmasi manual</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>Took back one %1 (%2): %3 of %4.</source>
        <translation>Satu %1 ditarik kembali (%2): %3 dari %4.</translation>
    </message>
    <message>
        <source>Order %1 cancelled at the station; nothing was sent to Lazada.</source>
        <translation>Pesanan %1 dibatalkan di stasiun; tidak ada yang dikirim ke Lazada.</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>siap kirim</translation>
    </message>
    <message>
        <source>packed (%1)</source>
        <translation>sudah dikemas (%1)</translation>
    </message>
    <message>
        <source>Order %1 closed; it stays %2 at Lazada.</source>
        <translation>Pesanan %1 ditutup; di Lazada tetap %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Scan them, confirm them manually, or scan PARTIAL to pack only the verified ones.</source>
        <translation>
            <numerusform>Masih kurang %n barang. Scan, konfirmasi manual, atau scan PARTIAL untuk mengemas yang sudah diperiksa saja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the label on the parcel first.</source>
        <translation>Scan label di paket dulu.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Memproses…</translation>
    </message>
    <message>
        <source>Verify at least one item before packing part of an order.</source>
        <translation>Periksa minimal satu barang sebelum mengemas sebagian pesanan.</translation>
    </message>
    <message>
        <source>Packing %1 of %2 items; the rest stays pending.</source>
        <translation>Mengemas %1 dari %2 barang; sisanya tetap menunggu.</translation>
    </message>
    <message>
        <source>There is no packed order with a label to print.</source>
        <translation>Tidak ada pesanan terkemas dengan label untuk dicetak.</translation>
    </message>
    <message>
        <source>Delivered-by-seller orders have no AWB label.</source>
        <translation>Pesanan dikirim penjual tidak punya label AWB.</translation>
    </message>
    <message>
        <source>Printing the label again…</source>
        <translation>Mencetak ulang label…</translation>
    </message>
    <message>
        <source>Only a packed order that is not ready to ship can be repacked.</source>
        <translation>Hanya pesanan terkemas yang belum siap kirim yang bisa dikemas ulang.</translation>
    </message>
    <message>
        <source>Recreating the package…</source>
        <translation>Membuat ulang paket…</translation>
    </message>
    <message>
        <source>Internal error: %1: %2</source>
        <translation>Kesalahan internal: %1: %2</translation>
    </message>
    <message>
        <source>Order %1 was not resumed here: %2</source>
        <translation>Pesanan %1 tidak dilanjutkan di sini: %2</translation>
    </message>
    <message>
        <source>Resumed order %1 where it stopped: %2 of %3 verified, %4.</source>
        <translation>Pesanan %1 dilanjutkan dari posisi terakhir: %2 dari %3 diperiksa, %4.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The document cannot be shown (%1).</source>
        <extracomment>preview width of one page in pixels (readable at 1366×768)</extracomment>
        <translation>Dokumen tidak dapat ditampilkan (%1).</translation>
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
        <translation>Tidak ditemukan di antara pesanan terbuka: %1.</translation>
    </message>
    <message>
        <source>Check the order numbers, or sync the shop first.</source>
        <translation>Periksa nomor pesanan, atau sinkronkan toko dulu.</translation>
    </message>
    <message>
        <source>%1 chosen orders</source>
        <extracomment>order numbers that need it</extracomment>
        <translation>%1 pesanan terpilih</translation>
    </message>
    <message>
        <source>All open orders</source>
        <translation>Semua pesanan terbuka</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack, %4 no longer open.</source>
        <translation>Daftar ambil #%1: %2 pesanan, %3 perlu dikemas, %4 tidak terbuka lagi.</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack.</source>
        <translation>Daftar ambil #%1: %2 pesanan, %3 perlu dikemas.</translation>
    </message>
    <message>
        <source>None of the chosen orders is open at this station any more.</source>
        <extracomment>the wave last scanned at the station, and who wants to know</extracomment>
        <translation>Tidak ada lagi pesanan terpilih yang terbuka di stasiun ini.</translation>
    </message>
    <message>
        <source>No orders match: there is nothing to pick.</source>
        <translation>Tidak ada pesanan yang cocok: tidak ada yang perlu diambil.</translation>
    </message>
    <message>
        <source>Choose other orders, another status or shipping provider.</source>
        <translation>Pilih pesanan lain, status lain, atau jasa kirim lain.</translation>
    </message>
    <message>
        <source>Pick list (wave) %1 is not known at this station.</source>
        <translation>Daftar ambil (wave) %1 tidak dikenal di stasiun ini.</translation>
    </message>
    <message>
        <source>“%1” is not the number of a pick list.</source>
        <translation>“%1” bukan nomor daftar ambil.</translation>
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
        <translation>Cetak ulang label?</translation>
    </message>
    <message>
        <source>These labels were printed already:
%1

Reprint only if the first label is lost or damaged.</source>
        <translation>Label ini sudah dicetak:
%1

Cetak ulang hanya jika label pertama hilang atau rusak.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Cetak ulang</translation>
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
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing “%1” failed (%2). The details are in the log.</source>
        <extracomment>A4 jobs still running (a task the loop only holds weakly would be collected mid-job)</extracomment>
        <translation>Gagal mencetak “%1” (%2). Detailnya ada di log.</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (tidak ditemukan)</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Label printer</source>
        <translation>Printer label</translation>
    </message>
    <message>
        <source>Ask every time (system print dialog)</source>
        <translation>Tanya setiap kali (dialog cetak sistem)</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Cetak uji</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
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
        <translation>Label uji terkirim. Bingkainya harus tertutup dan setiap penggaris mulai dari 0.</translation>
    </message>
</context>
<context>
    <name>PrinterStep</name>
    <message>
        <source>&amp;Yes, whole</source>
        <extracomment>&quot;did it come out whole?&quot; → what lazpack changes</extracomment>
        <translation>&amp;Ya, utuh</translation>
    </message>
    <message>
        <source>No, &amp;turned sideways</source>
        <translation>Tidak, &amp;terputar</translation>
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
        <translation>Pilih printer label pengiriman, cetak label uji dan lihat: lazpack memperbaiki ukuran dan orientasi dari jawaban Anda lalu mencetak semua label di sana tanpa bertanya.</translation>
    </message>
    <message>
        <source>&amp;Print a test label</source>
        <translation>&amp;Cetak label uji</translation>
    </message>
    <message>
        <source>Did it come out whole: frame closed, rulers start at 0?</source>
        <translation>Apakah keluar utuh: bingkai tertutup, penggaris mulai dari 0?</translation>
    </message>
    <message>
        <source>No printer is installed on this PC. Install the label printer&apos;s driver (or connect it), then come back with Station → Set up this desk…</source>
        <translation>Belum ada printer terpasang di PC ini. Pasang driver printer label (atau hubungkan), lalu kembali lewat Stasiun → Atur meja ini…</translation>
    </message>
    <message>
        <source>Test label sent to “%1”. Look at it, then answer:</source>
        <translation>Label uji dikirim ke “%1”. Lihat, lalu jawab:</translation>
    </message>
    <message>
        <source>Saved: labels print on “%1” without asking (%2).</source>
        <translation>Disimpan: label dicetak di “%1” tanpa bertanya (%2).</translation>
    </message>
    <message>
        <source>Label printer: %1</source>
        <translation>Printer label: %1</translation>
    </message>
    <message>
        <source>lazpack now turns the label (%1).</source>
        <translation>lazpack sekarang memutar label (%1).</translation>
    </message>
    <message>
        <source>The label is already the smallest size lazpack knows. Set the paper size in the printer&apos;s own settings (Printers → Preferences) to the labels loaded in it.</source>
        <translation>Label sudah ukuran terkecil yang dikenal lazpack. Atur ukuran kertas di pengaturan printer (Printer → Preferensi) sesuai label yang terpasang.</translation>
    </message>
    <message>
        <source>lazpack now uses %1.</source>
        <translation>lazpack sekarang memakai %1.</translation>
    </message>
    <message>
        <source>lazpack now sets the label size on this printer. If it is still small, set the paper size in the printer&apos;s own settings (Printers → Preferences) to 100 × 150 mm.</source>
        <translation>lazpack sekarang mengatur ukuran label di printer ini. Jika masih kecil, atur ukuran kertas di pengaturan printer (Printer → Preferensi) ke 100 × 150 mm.</translation>
    </message>
    <message>
        <source>%1 Print the test label again to check.</source>
        <translation>%1 Cetak label uji lagi untuk memeriksa.</translation>
    </message>
</context>
<context>
    <name>ProviderDecision</name>
    <message>
        <source>Shipment provider %1 is not offered for this order.</source>
        <translation>Jasa kirim %1 tidak tersedia untuk pesanan ini.</translation>
    </message>
    <message>
        <source>Pick one of the providers in the list.</source>
        <translation>Pilih salah satu jasa kirim di daftar.</translation>
    </message>
</context>
<context>
    <name>ProviderPickerDialog</name>
    <message>
        <source>Choose the shipment provider</source>
        <translation>Pilih jasa kirim</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1) for %2:</source>
        <translation>Lazada butuh jasa kirim (%1) untuk %2:</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1):</source>
        <translation>Lazada butuh jasa kirim (%1):</translation>
    </message>
    <message>
        <source>↑/↓ to move, Enter to choose, Esc to cancel. The choice is remembered.</source>
        <translation>↑/↓ untuk bergerak, Enter untuk memilih, Esc untuk batal. Pilihan diingat.</translation>
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
        <translation>Terapkan</translation>
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
        <translation>Coba lagi</translation>
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
        <translation>&amp;Opsi &gt;&gt;</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>not applied: printing changes nothing at Lazada; print again if needed</source>
        <extracomment>Statuses an item reaches only after a successful Pack. Statuses an item reaches only after a successful ReadyToShip. Actions that change nothing at Lazada, so repeating them is harmless there. Fresh items per order, so the caller can reopen the order panel without a read.</extracomment>
        <translation>tidak diterapkan: mencetak tidak mengubah apa pun di Lazada; cetak lagi jika perlu</translation>
    </message>
    <message>
        <source>not applied: the intent names no order, nothing to check</source>
        <translation>tidak diterapkan: tidak ada pesanan, tidak ada yang diperiksa</translation>
    </message>
    <message>
        <source>not applied: Lazada does not know order %1 (%2)</source>
        <translation>tidak diterapkan: Lazada tidak mengenal pesanan %1 (%2)</translation>
    </message>
    <message>
        <source>unknown: order %1 could not be read (%2); nothing is sent until it can</source>
        <translation>tidak diketahui: pesanan %1 tidak dapat dibaca (%2); tidak ada yang dikirim sampai bisa</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>ready to ship</source>
        <translation>siap kirim</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>gagal dikirim</translation>
    </message>
    <message>
        <source>not applied: lazpack cannot check a %1 at Lazada</source>
        <translation>tidak diterapkan: lazpack tidak dapat memeriksa %1 di Lazada</translation>
    </message>
    <message>
        <source>not applied: the items were canceled</source>
        <translation>tidak diterapkan: barang dibatalkan</translation>
    </message>
    <message>
        <source>applied: packed in %1</source>
        <translation>diterapkan: dikemas di %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (in %3); %4 still to pack</source>
        <translation>diterapkan untuk %1 dari %2 barang (di %3); %4 masih perlu dikemas</translation>
    </message>
    <message>
        <source>not applied: the items are still to pack</source>
        <translation>tidak diterapkan: barang masih perlu dikemas</translation>
    </message>
    <message>
        <source>not applied: the items are %1</source>
        <translation>tidak diterapkan: status barang %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (%3); the rest still to do</source>
        <translation>diterapkan untuk %1 dari %2 barang (%3); sisanya masih harus dikerjakan</translation>
    </message>
    <message>
        <source>not applied: the items are still %1</source>
        <translation>tidak diterapkan: barang masih %1</translation>
    </message>
    <message>
        <source>not applied: still packed in %1</source>
        <translation>tidak diterapkan: masih dikemas di %1</translation>
    </message>
    <message>
        <source>applied: the package was recreated</source>
        <translation>diterapkan: paket dibuat ulang</translation>
    </message>
    <message>
        <source>applied: the old package is gone</source>
        <translation>diterapkan: paket lama sudah tidak ada</translation>
    </message>
    <message>
        <source> (package %1)</source>
        <translation> (paket %1)</translation>
    </message>
    <message>
        <source>Order %1 is already packed%2; not packing it again.</source>
        <translation>Pesanan %1 sudah dikemas%2; tidak dikemas lagi.</translation>
    </message>
    <message>
        <source>Item %1 is %2 at Lazada; it cannot be packed.</source>
        <translation>Barang %1 berstatus %2 di Lazada; tidak dapat dikemas.</translation>
    </message>
    <message>
        <source>Item %1 is no longer in the order at Lazada.</source>
        <translation>Barang %1 sudah tidak ada di pesanan di Lazada.</translation>
    </message>
    <message>
        <source>Package %1 has no live items at Lazada (canceled or repacked).</source>
        <translation>Paket %1 tidak punya barang aktif di Lazada (dibatalkan atau dikemas ulang).</translation>
    </message>
    <message>
        <source>Package %1 is already ready to ship; nothing sent.</source>
        <translation>Paket %1 sudah siap kirim; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Package %1 cannot be set ready to ship: items are %2.</source>
        <translation>Paket %1 tidak dapat diatur siap kirim: status barang %2.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Keep history for</source>
        <translation>&amp;Simpan riwayat selama</translation>
    </message>
    <message>
        <source>Journal lines older than this are removed when lazpack starts. Writes to Lazada whose outcome is still unknown are always kept.</source>
        <translation>Baris jurnal yang lebih lama dari ini dihapus saat lazpack dimulai. Kiriman ke Lazada yang hasilnya belum diketahui selalu disimpan.</translation>
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
        <translation>“%1” bukan barcode perintah lazpack.</translation>
    </message>
    <message>
        <source>“%1” matches several items of this order: %2. Confirm the right one on screen.</source>
        <translation>“%1” cocok dengan beberapa barang pesanan ini: %2. Konfirmasi yang benar di layar.</translation>
    </message>
    <message>
        <source>“%1” matches several orders: %2. Open the right one in the list.</source>
        <translation>“%1” cocok dengan beberapa pesanan: %2. Buka yang benar di daftar.</translation>
    </message>
</context>
<context>
    <name>ScanProbe</name>
    <message>
        <source>Scan the barcode above now…</source>
        <translation>Scan barcode di atas sekarang…</translation>
    </message>
</context>
<context>
    <name>ScannerStep</name>
    <message>
        <source>Scan the barcode below with the desk&apos;s scanner. lazpack checks that it reads letters and digits right, ends with Enter, and types fast enough to be told apart from a person. If nothing appears, the scanner is not connected or sends no Enter/Tab: check the cable, then scan its “Add Enter” setting code.</source>
        <translation>Scan barcode di bawah dengan pemindai meja. lazpack memeriksa huruf dan angka terbaca benar, diakhiri Enter, dan cukup cepat untuk dibedakan dari orang. Jika tidak muncul apa pun, pemindai tidak terhubung atau tidak mengirim Enter/Tab: periksa kabel, lalu scan kode pengaturan “Add Enter”.</translation>
    </message>
    <message>
        <source>✓ The scanner works: right characters, Enter at the end, fast.</source>
        <translation>✓ Pemindai berfungsi: karakter benar, Enter di akhir, cepat.</translation>
    </message>
    <message>
        <source>Scanner: works</source>
        <translation>Pemindai: berfungsi</translation>
    </message>
    <message>
        <source>

Change it, then scan the barcode again.</source>
        <translation>

Ubah, lalu scan barcode lagi.</translation>
    </message>
    <message>
        <source>Scanner: works (ends with Tab)</source>
        <translation>Pemindai: berfungsi (diakhiri Tab)</translation>
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
        <translation>Pemindai mengetik “%1” bukan “%2”: tata letak keyboard PC ini mengubah ketikan pemindai. Ganti keyboard ke English (US) saat mengemas, atau atur negara keyboard pemindai sesuai PC (lihat manualnya).</translation>
    </message>
    <message>
        <source>That was typed slowly (%1 ms between keys): lazpack recognises a scanner by its speed (a key every 5–15 ms). If that was the scanner, set it to its fastest USB keyboard speed; by hand, use the scan field instead.</source>
        <translation>Diketik lambat (%1 ms antar tombol): lazpack mengenali pemindai dari kecepatannya (satu tombol tiap 5–15 ms). Jika itu pemindai, atur ke kecepatan keyboard USB tercepat; jika manual, pakai kolom scan.</translation>
    </message>
    <message>
        <source>The code came without Enter at its end: lazpack takes a code when Enter (or Tab) follows it. Scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>Kode datang tanpa Enter di akhirnya: lazpack menerima kode bila diikuti Enter (atau Tab). Scan barcode “Add Enter (CR) suffix” di manual pemindai.</translation>
    </message>
    <message>
        <source>The scanner ends each code with Tab. lazpack accepts it, but Enter works in every program: scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>Pemindai mengakhiri setiap kode dengan Tab. lazpack menerimanya, tetapi Enter berfungsi di semua program: scan barcode “Add Enter (CR) suffix” di manual pemindai.</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Serial scanners are not supported here: %1</source>
        <extracomment>GS1&apos;s group separator (FNC1 as transmitted): a wedge types it as Ctrl+] with this text a scanner presses Shift for capitals and some symbols: those presses are part of a burst a wedge&apos;s longest usual gap between keys (it types one every 5–15 ms; a person needs 80+) the longest pause inside a burst (a loaded PC or USB hub stalls a few of its keys) the longest gap between keys (the scan field&apos;s run: fast means a scanner typed it) gaps longer than a scanner&apos;s (a busy PC or USB hub stalls a burst now and then) copies of the held key presses, replayed to ``widget`` if this was typing after all None: the key events&apos; timestamps (monotonic time for events without one) the Vietnamese input method whose composed letters a burst is taken apart with (the station setting ``packing.scanner_composer``, Settings → Vietnamese typing) the longest pause inside a burst; only a few of its gaps may exceed ``max_gap_s`` a pause after which held keys cannot be a burst any more: they are given back then</extracomment>
        <translation>Pemindai serial tidak didukung di sini: %1</translation>
    </message>
    <message>
        <source>Cannot open scanner port %1: %2</source>
        <translation>Port pemindai %1 tidak dapat dibuka: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Stop after verifying (I scan DONE to pack)</source>
        <translation>Berhenti setelah diperiksa (saya scan DONE untuk mengemas)</translation>
    </message>
    <message>
        <source>Pack automatically, then wait</source>
        <translation>Kemas otomatis, lalu tunggu</translation>
    </message>
    <message>
        <source>Pack and print the label automatically</source>
        <translation>Kemas dan cetak label otomatis</translation>
    </message>
    <message>
        <source>Pack, print and mark ready to ship automatically</source>
        <translation>Kemas, cetak, dan tandai siap kirim otomatis</translation>
    </message>
    <message>
        <source>Lazada allocates the provider</source>
        <translation>Lazada memilih jasa kirim</translation>
    </message>
    <message>
        <source>Use my saved provider per shop</source>
        <translation>Pakai jasa kirim tersimpan per toko</translation>
    </message>
    <message>
        <source>Ask me every time</source>
        <translation>Tanya setiap kali</translation>
    </message>
    <message>
        <source>Order first: scan the order, then the items</source>
        <translation>Pesanan dulu: scan pesanan, lalu barangnya</translation>
    </message>
    <message>
        <source>Label first: labels printed in a batch, scan the label to verify</source>
        <translation>Label dulu: label dicetak sekaligus, scan label untuk memeriksa</translation>
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
        <translation>Pengaturan stasiun</translation>
    </message>
    <message>
        <source>Scan the printed label on the parcel before ready to ship</source>
        <translation>Scan label yang dicetak di paket sebelum siap kirim</translation>
    </message>
    <message>
        <source>Play sounds on every scan</source>
        <translation>Bunyikan suara setiap scan</translation>
    </message>
    <message>
        <source>The Vietnamese typing method of this PC: scans it rewrites are read back</source>
        <translation>Metode ketik Vietnam di PC ini: hasil scan yang diubahnya dibaca kembali</translation>
    </message>
    <message>
        <source>empty: keyboard scanner only (e.g. COM3, /dev/ttyACM0)</source>
        <translation>kosong: hanya pemindai keyboard (mis. COM3, /dev/ttyACM0)</translation>
    </message>
    <message>
        <source>Label &amp;printer…</source>
        <translation>&amp;Printer label…</translation>
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
        <translation>Nama packer</translation>
    </message>
    <message>
        <source>After the last item</source>
        <translation>Setelah barang terakhir</translation>
    </message>
    <message>
        <source>Shipment provider</source>
        <translation>Jasa kirim</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Alur</translation>
    </message>
    <message>
        <source>Vietnamese typing</source>
        <translation>Ketik Vietnam</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>Port pemindai serial</translation>
    </message>
    <message>
        <source>Changes apply at once; the serial scanner reconnects.</source>
        <translation>Perubahan langsung berlaku; pemindai serial terhubung ulang.</translation>
    </message>
    <message>
        <source>ask with the print dialog</source>
        <translation>tanya lewat dialog cetak</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>lanskap</translation>
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
        <translation>Pilih bahasa meja ini. Menu, pesan, label, dan surat jalan memakainya.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Bahasa: %1</translation>
    </message>
    <message>
        <source>Who packs at this desk?</source>
        <translation>Siapa yang mengemas di meja ini?</translation>
    </message>
    <message>
        <source>The label printer</source>
        <extracomment>the next paper to try when the label is cut off (the printer&apos;s roll is smaller)</extracomment>
        <translation>Printer label</translation>
    </message>
    <message>
        <source>The scanner</source>
        <translation>Pemindai</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Set up this desk</source>
        <translation>Atur meja ini</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>the packer cards&apos; preview, when open (Packers step)</extracomment>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Lewati langkah ini</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Packer cards</source>
        <translation>Kartu packer</translation>
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
        <translation>Lintas negara (keenam negara)</translation>
    </message>
    <message>
        <source>Reconnect shop</source>
        <extracomment>the message shown when a step failed (bad input, keyring, Lazada refused, ...)</extracomment>
        <translation>Hubungkan ulang toko</translation>
    </message>
    <message>
        <source>Add a Lazada shop</source>
        <translation>Tambah toko Lazada</translation>
    </message>
    <message>
        <source>App Key from the Lazada Open Platform console</source>
        <translation>App Key dari konsol Lazada Open Platform</translation>
    </message>
    <message>
        <source>App Secret (kept in the system keyring)</source>
        <translation>App Secret (disimpan di keyring sistem)</translation>
    </message>
    <message>
        <source>Callback URL registered for the app</source>
        <translation>Callback URL yang terdaftar untuk aplikasi</translation>
    </message>
    <message>
        <source>Leave empty for Lazada (emulator: http://127.0.0.1:PORT/rest)</source>
        <translation>Kosongkan untuk Lazada (emulator: http://127.0.0.1:PORT/rest)</translation>
    </message>
    <message>
        <source>Authorize in browser</source>
        <translation>Otorisasi di browser</translation>
    </message>
    <message>
        <source>…or paste the address the browser shows after consenting</source>
        <translation>…atau tempel alamat yang tampil di browser setelah menyetujui</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hubungkan</translation>
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
        <translation>Server API</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored app secret</source>
        <translation>Kosongkan untuk memakai app secret yang tersimpan</translation>
    </message>
    <message>
        <source>Waiting for Lazada… finish the consent page in the browser.</source>
        <translation>Menunggu Lazada… selesaikan halaman persetujuan di browser.</translation>
    </message>
    <message>
        <source>Log in on the Lazada page that opened and click Submit, then paste the address the browser shows here.</source>
        <translation>Masuk di halaman Lazada yang terbuka dan klik Submit, lalu tempel alamat yang tampil di browser di sini.</translation>
    </message>
    <message>
        <source>Connecting the shop…</source>
        <translation>Menghubungkan toko…</translation>
    </message>
</context>
<context>
    <name>ShopService</name>
    <message>
        <source>Unknown region %1; choose one of %2.</source>
        <extracomment>a shop&apos;s token provider: this station&apos;s keyring, or the warehouse&apos;s vault</extracomment>
        <translation>Wilayah tidak dikenal %1; pilih salah satu dari %2.</translation>
    </message>
    <message>
        <source>The app key is a number (App Console → App Overview → App Key).</source>
        <translation>App key berupa angka (App Console → App Overview → App Key).</translation>
    </message>
    <message>
        <source>Enter the app secret from the App Console.</source>
        <translation>Masukkan app secret dari App Console.</translation>
    </message>
    <message>
        <source>The redirect URI must be the callback URL registered for the app (https://… or http://127.0.0.1:PORT/… for the built-in listener).</source>
        <translation>Redirect URI harus callback URL yang terdaftar untuk aplikasi (https://… atau http://127.0.0.1:PORT/… untuk listener bawaan).</translation>
    </message>
    <message>
        <source>No shop %1 is configured.</source>
        <extracomment>the warehouse&apos;s shops (None: not read yet, or the database did not answer)</extracomment>
        <translation>Toko %1 belum dikonfigurasi.</translation>
    </message>
    <message>
        <source>The warehouse holds no secrets for shop %1.</source>
        <translation>Gudang tidak menyimpan rahasia toko %1.</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>Otorisasi ulang toko di satu stasiun.</translation>
    </message>
    <message>
        <source>The app secret of shop %1 is missing from the keyring.</source>
        <translation>App secret toko %1 tidak ada di keyring.</translation>
    </message>
    <message>
        <source>Reconnect the shop and enter the app secret again.</source>
        <translation>Hubungkan ulang toko dan masukkan app secret lagi.</translation>
    </message>
</context>
<context>
    <name>ShopStep</name>
    <message>
        <source>Connect your Lazada shop to pack its orders, or keep the demo shop to practise first (its orders are not real). You can connect a shop later in Station → Shops…</source>
        <translation>Hubungkan toko Lazada Anda untuk mengemas pesanannya, atau pakai toko demo untuk latihan dulu (pesanannya tidak nyata). Toko bisa dihubungkan nanti di Stasiun → Toko…</translation>
    </message>
    <message>
        <source>&amp;Connect a Lazada shop…</source>
        <translation>&amp;Hubungkan toko Lazada…</translation>
    </message>
    <message>
        <source>&amp;Keep the demo shop for now</source>
        <translation>&amp;Pakai toko demo dulu</translation>
    </message>
    <message>
        <source>Shop: connecting</source>
        <translation>Toko: menghubungkan</translation>
    </message>
    <message>
        <source>Shop: demo</source>
        <translation>Toko: demo</translation>
    </message>
    <message numerus="yes">
        <source>Connected now: %n shop(s).</source>
        <translation>
            <numerusform>Terhubung sekarang: %n toko.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shop is connected yet.</source>
        <translation>Belum ada toko terhubung.</translation>
    </message>
</context>
<context>
    <name>ShopTokenProvider</name>
    <message>
        <source>Shop %1 is not authorized on this station; reconnect it.</source>
        <translation>Toko %1 belum diotorisasi di stasiun ini; hubungkan ulang.</translation>
    </message>
    <message numerus="yes">
        <source>Re-authorize this shop within %n day(s).</source>
        <translation>
            <numerusform>Otorisasi ulang toko ini dalam %n hari.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>The authorization of shop %1 has ended; authorize it again.</source>
        <translation>Otorisasi toko %1 sudah berakhir; otorisasi lagi.</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1 (%2); reconnect it.</source>
        <translation>Lazada tidak lagi menerima otorisasi toko %1 (%2); hubungkan ulang.</translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved (%1); this shop will need to be reconnected after lazpack restarts.</source>
        <translation>Token yang diperbarui tidak dapat disimpan (%1); toko ini harus dihubungkan ulang setelah lazpack dimulai ulang.</translation>
    </message>
</context>
<context>
    <name>ShopsWidget</name>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
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
        <translation>Tambah toko…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Hubungkan ulang…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove %1 from every station of the warehouse?

Its app secret and tokens are deleted from the warehouse database; every station stops opening it at its next start. Orders already packed stay in the journal.</source>
        <translation>Hapus %1 dari semua stasiun gudang?

App secret dan token-nya dihapus dari database gudang; semua stasiun berhenti membukanya saat mulai berikutnya. Pesanan yang sudah dikemas tetap ada di jurnal.</translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation>Hapus toko</translation>
    </message>
    <message>
        <source>Remove %1 from this station?

Its app secret and tokens are deleted from the system keyring; orders already packed stay in the journal.</source>
        <translation>Hapus %1 dari stasiun ini?

App secret dan token-nya dihapus dari keyring sistem; pesanan yang sudah dikemas tetap ada di jurnal.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to the scan field</source>
        <extracomment>(key sequence, what it does) — the overview lists these in this order.</extracomment>
        <translation>Ke kolom scan</translation>
    </message>
    <message>
        <source>Enter (in the scan field)</source>
        <translation>Enter (di kolom scan)</translation>
    </message>
    <message>
        <source>Use the scanned or typed code</source>
        <translation>Pakai kode yang di-scan atau diketik</translation>
    </message>
    <message>
        <source>(any scan)</source>
        <translation>(scan apa saja)</translation>
    </message>
    <message>
        <source>A barcode scanner works wherever the focus is, except in dialogs</source>
        <translation>Pemindai barcode bekerja di mana pun fokusnya, kecuali di dialog</translation>
    </message>
    <message>
        <source>Done: go on to pack / print / ready to ship</source>
        <translation>Selesai: lanjut kemas / cetak / siap kirim</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>Batalkan scan barang terakhir</translation>
    </message>
    <message>
        <source>Esc (in the scan field), Ctrl+Del</source>
        <translation>Esc (di kolom scan), Ctrl+Del</translation>
    </message>
    <message>
        <source>Cancel the open order</source>
        <translation>Batalkan pesanan yang terbuka</translation>
    </message>
    <message>
        <source>Confirm an item that has no barcode (recorded as manual)</source>
        <translation>Konfirmasi barang tanpa barcode (dicatat manual)</translation>
    </message>
    <message>
        <source>Pack only the verified items</source>
        <translation>Kemas hanya barang yang sudah diperiksa</translation>
    </message>
    <message>
        <source>Reprint / preview the label</source>
        <translation>Cetak ulang / pratinjau label</translation>
    </message>
    <message>
        <source>Repack: recreate the package (the old label becomes void)</source>
        <translation>Kemas ulang: buat ulang paket (label lama batal)</translation>
    </message>
    <message>
        <source>Pack &amp; ship the selected orders</source>
        <translation>Kemas &amp; kirim pesanan yang dipilih</translation>
    </message>
    <message>
        <source>Deliver digital items of the selected orders</source>
        <translation>Kirim barang digital dari pesanan yang dipilih</translation>
    </message>
    <message>
        <source>1–9, ↑↓ Enter, Esc (in a choice)</source>
        <translation>1–9, ↑↓ Enter, Esc (saat memilih)</translation>
    </message>
    <message>
        <source>Pick an item in the link / confirm dialogs</source>
        <translation>Pilih barang di dialog tautkan / konfirmasi</translation>
    </message>
    <message>
        <source>Back to the packing station from another page</source>
        <translation>Kembali ke stasiun pengemasan dari halaman lain</translation>
    </message>
    <message>
        <source>History: search every scan and action, per-order timeline, CSV export</source>
        <translation>Riwayat: cari setiap scan dan aksi, riwayat per pesanan, ekspor CSV</translation>
    </message>
    <message>
        <source>Stats: orders and items per hour per packer</source>
        <translation>Statistik: pesanan dan barang per jam per packer</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Pengaturan stasiun</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Cari pesanan</translation>
    </message>
    <message>
        <source>Show one shop&apos;s orders (with several shops)</source>
        <translation>Tampilkan pesanan satu toko (jika ada beberapa toko)</translation>
    </message>
    <message>
        <source>Esc (in search)</source>
        <translation>Esc (di pencarian)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Hapus pencarian</translation>
    </message>
    <message>
        <source>Switch tab: To pack, Packed, Ready, DBS, Problems, All</source>
        <translation>Ganti tab: Perlu dikemas, Sudah dikemas, Siap, DBS, Bermasalah, Semua</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Tab berikutnya / sebelumnya</translation>
    </message>
    <message>
        <source>Go to the orders list</source>
        <translation>Ke daftar pesanan</translation>
    </message>
    <message>
        <source>Move in the orders list</source>
        <translation>Bergerak di daftar pesanan</translation>
    </message>
    <message>
        <source>Select several orders for a batch action</source>
        <translation>Pilih beberapa pesanan untuk aksi massal</translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation>Enter (di daftar)</translation>
    </message>
    <message>
        <source>Open the order (asks first while another is being packed)</source>
        <translation>Buka pesanan (tanya dulu jika pesanan lain sedang dikemas)</translation>
    </message>
    <message>
        <source>Sync with Lazada now</source>
        <translation>Sinkronkan dengan Lazada sekarang</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Ringkasan ini</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksi</translation>
    </message>
</context>
<context>
    <name>SkuChoiceDialog</name>
    <message>
        <source>Press the number, or ↑↓ and Enter. Esc cancels.</source>
        <extracomment>a second key within this time of the first is a scanner, not a person choosing a scan that arrived while the dialog was up (it closed unanswered)</extracomment>
        <translation>Tekan angka, atau ↑↓ lalu Enter. Esc untuk batal.</translation>
    </message>
</context>
<context>
    <name>SoundStep</name>
    <message>
        <source>Every scan plays a sound: good, wrong item, parcel done. Play them and say whether you heard them; pick the speakers if not.</source>
        <translation>Setiap scan berbunyi: benar, barang salah, paket selesai. Putar dan katakan apakah terdengar; jika tidak, pilih speakernya.</translation>
    </message>
    <message>
        <source>P&amp;lay the three sounds</source>
        <translation>&amp;Putar tiga suara</translation>
    </message>
    <message>
        <source>&amp;Yes, I heard them</source>
        <translation>&amp;Ya, terdengar</translation>
    </message>
    <message>
        <source>This PC has no sound output (no speakers or headphones found). The station works without sound: every scan flashes green or red. Plug in speakers and come back with Station → Set up this desk… to hear them.</source>
        <translation>PC ini tidak punya keluaran suara (tidak ada speaker atau headphone). Stasiun tetap bekerja tanpa suara: setiap scan berkedip hijau atau merah. Pasang speaker lalu kembali lewat Stasiun → Atur meja ini… untuk mendengarnya.</translation>
    </message>
    <message>
        <source>Sound: no output device, colours only</source>
        <translation>Suara: tidak ada perangkat, hanya warna</translation>
    </message>
    <message>
        <source>Playing: good… wrong item… parcel done. Did you hear all three?</source>
        <translation>Memutar: benar… barang salah… paket selesai. Terdengar ketiganya?</translation>
    </message>
    <message>
        <source>Sound on, through “%1”.</source>
        <translation>Suara aktif, lewat “%1”.</translation>
    </message>
    <message>
        <source>Sound: on (%1)</source>
        <translation>Suara: aktif (%1)</translation>
    </message>
    <message>
        <source>Check that the speakers are switched on and the volume is up, pick another output above and play again. Without sound the station still flashes green or red on every scan.</source>
        <translation>Pastikan speaker menyala dan volumenya cukup, pilih keluaran lain di atas lalu putar lagi. Tanpa suara, stasiun tetap berkedip hijau atau merah setiap scan.</translation>
    </message>
</context>
<context>
    <name>StationCore</name>
    <message>
        <source>The warehouse database cannot be reached: no new order is opened and nothing is sent to Lazada until it is back. Scans are kept.</source>
        <extracomment>How often a new simulated order arrives in the demo shop. Resume the interrupted order after the first sync, or after this long without one. How long shutdown waits for a running pack/label/RTS step to close its journal entry.</extracomment>
        <translation>Database gudang tidak dapat dihubungi: tidak ada pesanan baru yang dibuka dan tidak ada yang dikirim ke Lazada sampai database kembali. Hasil scan tetap disimpan.</translation>
    </message>
    <message>
        <source>The warehouse database is back.</source>
        <translation>Database gudang sudah kembali.</translation>
    </message>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>how long a background task may take to end after it was cancelled, per attempt the keyring the shop service uses (None: the OS keyring) the clients&apos; call budget from the settings; a bad value falls back to its default and the packer reads why at start-up (``housekeeping``) the orders (a window shown before the core passes the book it already shows) order claims across a warehouse&apos;s stations (None: SQLite, this PC is alone) who packs which order across the warehouse, for the orders list (None: SQLite) the product catalogue and the pick-list waves, in the journal&apos;s database: the warehouse&apos;s on PostgreSQL (every station scans against one catalogue). every shop connected since start (kept after shutdown: tests read the demo world) on a warehouse database: each shop&apos;s leader election and shared order book the shop service of the configured shops (None until one is needed) asks the packer for a shipment provider; without one the saved choice is used every sync state change of every shop (the window&apos;s sync indicator) False while the warehouse database is away (always True on SQLite) told True/False when the warehouse database comes back / goes away (the window&apos;s banner); while there is none, ``on_notice`` gets the text instead something the packer should read (a failed resume); the window shows it start-up recovery ran: scans and batches may write from now on</extracomment>
        <translation>Toko %1 tidak terhubung di stasiun ini.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Pengaturan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>History could not be cleaned up: %1</source>
        <translation>Riwayat tidak dapat dibersihkan: %1</translation>
    </message>
    <message>
        <source>Order %1 was taken over by another station: put it aside and scan CANCEL.</source>
        <translation>Pesanan %1 diambil alih stasiun lain: sisihkan dan scan CANCEL.</translation>
    </message>
    <message>
        <source>Could not resume the last order: %1</source>
        <translation>Pesanan terakhir tidak dapat dilanjutkan: %1</translation>
    </message>
</context>
<context>
    <name>StationLabels</name>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>The label cache and print ledger of one shop (the core gives each shop its own folder). called with the job name right before a job goes to the sink (benchmarks, UI) called with the job name once a shop&apos;s job was printed and counted</extracomment>
        <translation>Toko %1 tidak terhubung di stasiun ini.</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>Printer label belum dipilih.</translation>
    </message>
    <message>
        <source>Set a label printer in Settings, or print with the dialog.</source>
        <translation>Atur printer label di Pengaturan, atau cetak lewat dialog.</translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <source>Done / next step</source>
        <extracomment>the station&apos;s own session can reprint its label itself from these states</extracomment>
        <translation>Selesai / langkah berikutnya</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>Batalkan scan terakhir</translation>
    </message>
    <message>
        <source>Cancel order (Esc in the scan field)</source>
        <translation>Batalkan pesanan (Esc di kolom scan)</translation>
    </message>
    <message>
        <source>Confirm item without barcode</source>
        <translation>Konfirmasi barang tanpa barcode</translation>
    </message>
    <message>
        <source>Pack verified items only</source>
        <translation>Kemas hanya yang sudah diperiksa</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>Cetak ulang label</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Pratinjau label</translation>
    </message>
    <message>
        <source>Repack (void label)…</source>
        <translation>Kemas ulang (batalkan label)…</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship selected orders</source>
        <translation>Kemas &amp;&amp; kirim pesanan yang dipilih</translation>
    </message>
    <message>
        <source>Deliver digital items of selected orders…</source>
        <translation>Kirim barang digital dari pesanan yang dipilih…</translation>
    </message>
    <message>
        <source>Pick list…</source>
        <translation>Daftar ambil…</translation>
    </message>
    <message>
        <source>Save labels as PDF (no printer)</source>
        <translation>Simpan label sebagai PDF (tanpa printer)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Shops…</source>
        <translation>Toko…</translation>
    </message>
    <message>
        <source>Product catalogue…</source>
        <translation>Katalog produk…</translation>
    </message>
    <message>
        <source>Set up this desk…</source>
        <translation>Atur meja ini…</translation>
    </message>
    <message>
        <source>Print command sheet…</source>
        <translation>Cetak lembar perintah…</translation>
    </message>
    <message>
        <source>None of the selected orders has digital items to deliver.</source>
        <translation>Tidak ada pesanan terpilih yang punya barang digital untuk dikirim.</translation>
    </message>
    <message>
        <source>Delivered ✓ — scan the next order</source>
        <translation>Terkirim ✓ — scan pesanan berikutnya</translation>
    </message>
    <message>
        <source>Delivery failed — recorded with Lazada; scan the next order</source>
        <translation>Pengiriman gagal — tercatat di Lazada; scan pesanan berikutnya</translation>
    </message>
    <message>
        <source>Digital items delivered ✓ — scan the next order</source>
        <translation>Barang digital terkirim ✓ — scan pesanan berikutnya</translation>
    </message>
    <message>
        <source>This order has no label to print.</source>
        <translation>Pesanan ini tidak punya label untuk dicetak.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Pencetakan dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <source>Label printed (%n page(s)).</source>
        <translation>
            <numerusform>Label tercetak (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels are now saved as PDF files.</source>
        <translation>Label sekarang disimpan sebagai berkas PDF.</translation>
    </message>
    <message>
        <source>Labels are now sent to the printer.</source>
        <translation>Label sekarang dikirim ke printer.</translation>
    </message>
    <message>
        <source>This order has no package label yet.</source>
        <translation>Pesanan ini belum punya label paket.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <source>Command sheet</source>
        <translation>Lembar perintah</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
        <source>Language changed. Menus and tab names change when lazpack starts again.</source>
        <translation>Bahasa diganti. Menu dan nama tab berganti saat lazpack dimulai lagi.</translation>
    </message>
    <message>
        <source>Shops cannot be managed here: the system keyring is not available.</source>
        <translation>Toko tidak dapat dikelola di sini: keyring sistem tidak tersedia.</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Shops changed — restart lazpack to open or close their orders.</source>
        <translation>Toko berubah — mulai ulang lazpack untuk membuka atau menutup pesanannya.</translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation>Toko: %1</translation>
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
        <translation>Segera otorisasi ulang: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) connected</source>
        <translation>
            <numerusform>%n toko terhubung</numerusform>
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
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Longest retention the setting offers: ten years.</extracomment>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 dari %3)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Orders / hour</source>
        <translation>Pesanan / jam</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>Barang / jam</translation>
    </message>
    <message>
        <source>Wrong-scan rate</source>
        <translation>Tingkat scan salah</translation>
    </message>
    <message>
        <source>Median per order</source>
        <translation>Median per pesanan</translation>
    </message>
    <message>
        <source>(no packer logged in)</source>
        <translation>(tidak ada packer masuk)</translation>
    </message>
    <message>
        <source>%1 orders over %2 hours with at least one packed order</source>
        <translation>%1 pesanan dalam %2 jam dengan minimal satu pesanan dikemas</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>(hours shown, {packer: orders per hour}) of the last plot — what the bars say.</extracomment>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>No orders packed on %1</source>
        <translation>Tidak ada pesanan dikemas pada %1</translation>
    </message>
    <message>
        <source>Orders packed per hour — %1</source>
        <translation>Pesanan dikemas per jam — %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved. History older than %n day(s) is removed at start-up.</source>
        <translation>
            <numerusform>Disimpan. Riwayat lebih lama dari %n hari dihapus saat mulai.</numerusform>
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
            <numerusform>%n barang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s)</source>
        <translation>
            <numerusform>%n packer</numerusform>
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
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>Pesanan dikemas</translation>
    </message>
    <message>
        <source>Items packed</source>
        <translation>Barang dikemas</translation>
    </message>
    <message>
        <source>Orders / hour (station)</source>
        <translation>Pesanan / jam (stasiun)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>%1: %2, %3 by %4.</source>
        <translation>%1: %2, %3 oleh %4.</translation>
    </message>
    <message>
        <source>Nothing was packed on %1.</source>
        <translation>Tidak ada yang dikemas pada %1.</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Unknown packing step %1; use one of %2.</source>
        <translation>Langkah pengemasan tidak dikenal %1; gunakan salah satu dari %2.</translation>
    </message>
</context>
<context>
    <name>Stickers</name>
    <message>
        <source>Unknown sticker size %1.</source>
        <extracomment>name -&gt; (width, height) in mm: the sticker rolls sellers use. One module = 2 dots at 203 dpi.</extracomment>
        <translation>Ukuran stiker %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Pilih salah satu: %1.</translation>
    </message>
    <message>
        <source>No stickers to print: give each SKU a quantity.</source>
        <translation>Tidak ada stiker untuk dicetak: beri jumlah untuk setiap SKU.</translation>
    </message>
    <message>
        <source>%1 stickers at once is too many (at most %2).</source>
        <translation>%1 stiker sekaligus terlalu banyak (paling banyak %2).</translation>
    </message>
    <message>
        <source>SKU %1 cannot be a Code128 barcode (only ASCII letters, digits, signs).</source>
        <translation>SKU %1 tidak bisa menjadi barcode Code128 (hanya huruf, angka, tanda ASCII).</translation>
    </message>
    <message>
        <source>Give it an EAN in the catalogue, or rename the seller SKU.</source>
        <translation>Beri EAN di katalog, atau ganti nama SKU penjual.</translation>
    </message>
    <message>
        <source>No sticker printer is saved.</source>
        <translation>Belum ada printer stiker yang disimpan.</translation>
    </message>
    <message>
        <source>Choose one in the Stickers dialog first.</source>
        <translation>Pilih dulu di dialog Stiker.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>%1 cannot sync this shop: %2</source>
        <extracomment>GetMultipleOrderItems takes at most 50 order ids per call (lazada-api.md §3.3). Re-read this much before the newest ``updated_at`` seen: clocks and commits are not exact. on a warehouse database: the station that syncs this shop with Lazada (&quot;&quot; alone) this station is that leader (it talks to Lazada for the shop) the orders the last full sync found open (None: no full sync yet)</extracomment>
        <translation>%1 tidak dapat menyinkronkan toko ini: %2</translation>
    </message>
    <message>
        <source>no answer from Lazada</source>
        <translation>tidak ada jawaban dari Lazada</translation>
    </message>
    <message>
        <source>Internal error while syncing orders.</source>
        <translation>Kesalahan internal saat sinkronisasi pesanan.</translation>
    </message>
    <message>
        <source>The details are in the log; syncing keeps trying.</source>
        <translation>Detail ada di log; sinkronisasi terus mencoba.</translation>
    </message>
</context>
<context>
    <name>TestLabel</name>
    <message>
        <source>lazpack test label</source>
        <extracomment>what the test label&apos;s barcode reads the space the words may take across the label (from the rulers inwards)</extracomment>
        <translation>Label uji lazpack</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <source>Whole: the frame is closed and</source>
        <translation>Utuh: bingkai tertutup dan</translation>
    </message>
    <message>
        <source>every ruler starts at 0 at its corner.</source>
        <translation>setiap penggaris mulai dari 0 di sudutnya.</translation>
    </message>
    <message>
        <source>From 0 to %1 the bottom ruler measures %1 mm.</source>
        <translation>Dari 0 sampai %1, penggaris bawah mengukur %1 mm.</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Packing video is off: QtMultimedia is missing (%1).</source>
        <translation>Video pengemasan mati: QtMultimedia tidak ada (%1).</translation>
    </message>
    <message>
        <source>Packing video is off: this PC has no video encoder for MKV files.</source>
        <extracomment>how long closing the station waits for the encoder to finish the open clip&apos;s file the journal event of a finished clip kinds that put an item into the parcel: the overlay&apos;s &quot;last scanned item&quot; changes a warning when the disk holds less than this many minutes of recording a rough size of one minute of 720p MPEG-4 at 15 fps, for the low-disk warning before the first clip measured the real rate recording started or stopped (the preview&apos;s REC) a clip&apos;s file is closed and has its final name (``FinishedClip``) each finished clip is an ``event=&quot;video&quot;`` line of its order&apos;s timeline the order whose clip ended because it was done (its later scans start nothing) clip file names retention must not delete now (an evidence export copying them) the pack view&apos;s preview (``install_video`` puts it there) the order panel&apos;s &quot;Video (0:42)&quot; and &quot;Export evidence…&quot; buttons (``install_video``) set when the last closing clip&apos;s file is closed (``aclose`` waits for it)</extracomment>
        <translation>Video pengemasan mati: PC ini tidak punya encoder video untuk berkas MKV.</translation>
    </message>
    <message>
        <source>This station records every order and the camera is not working: plug it in (or untick &apos;Open no order while the camera is not working&apos; in Settings), then scan the order again.</source>
        <translation>Stasiun ini merekam setiap pesanan dan kamera tidak berfungsi: colokkan kamera (atau hapus centang &apos;Jangan buka pesanan saat kamera tidak berfungsi&apos; di Pengaturan), lalu scan pesanan lagi.</translation>
    </message>
    <message>
        <source>No video for this order: the camera is not available.</source>
        <translation>Tidak ada video untuk pesanan ini: kamera tidak tersedia.</translation>
    </message>
    <message>
        <source>Packing order %1</source>
        <translation>Mengemas pesanan %1</translation>
    </message>
    <message>
        <source>Video of order %1 stopped: nothing was scanned for %2 minutes.</source>
        <translation>Video pesanan %1 berhenti: tidak ada scan selama %2 menit.</translation>
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
        <translation>Video pesanan %1 tersimpan tetapi tidak ada di jurnal: %2</translation>
    </message>
    <message>
        <source>Old videos could not be deleted: %1</source>
        <translation>Video lama tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The video disk is almost full (%1 MB free). Lower the video disk budget or free space.</source>
        <translation>Disk video hampir penuh (%1 MB kosong). Turunkan batas ruang disk video atau kosongkan ruang disk.</translation>
    </message>
    <message>
        <source>the recorder failed</source>
        <extracomment>preview updates per second the preview thumbnail&apos;s height in pixels the recorder failed (the text says why); ``stop()`` then closes what was written</extracomment>
        <translation>perekam gagal</translation>
    </message>
    <message>
        <source>NO CAMERA</source>
        <extracomment>the clip&apos;s frame (may be null), the preview (may be null), the clip it was painted for a downscaled picture for the preview, a few times a second</extracomment>
        <translation>TIDAK ADA KAMERA</translation>
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
        <translation>Packer</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>lazpack test camera</source>
        <extracomment>the source works again (a camera plugged back in)</extracomment>
        <translation>kamera uji lazpack</translation>
    </message>
    <message>
        <source>test camera</source>
        <translation>kamera uji</translation>
    </message>
    <message>
        <source>Test camera (moving test pattern)</source>
        <translation>Kamera uji (pola uji bergerak)</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <source>No camera: the packing camera is not plugged in. Packing goes on without video.</source>
        <translation>Tidak ada kamera: kamera pengemasan tidak tercolok. Pengemasan lanjut tanpa video.</translation>
    </message>
    <message>
        <source>Camera problem (%1): %2. Packing goes on without video.</source>
        <translation>Masalah kamera (%1): %2. Pengemasan lanjut tanpa video.</translation>
    </message>
    <message>
        <source>Camera %1 was unplugged. Packing goes on without video.</source>
        <translation>Kamera %1 dicabut. Pengemasan lanjut tanpa video.</translation>
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
        <translation>Tidak ada pemutar video yang bisa membuka %1; berkasnya ada di %2.</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Ekspor bukti…</translation>
    </message>
    <message>
        <source>Export evidence to</source>
        <translation>Ekspor bukti ke</translation>
    </message>
    <message>
        <source>The evidence export failed.</source>
        <translation>Ekspor bukti gagal.</translation>
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
        <translation>Video pengemasan</translation>
    </message>
    <message>
        <source>Record a video of every order packed</source>
        <translation>Rekam video setiap pesanan yang dikemas</translation>
    </message>
    <message>
        <source>Open no order while the camera is not working</source>
        <translation>Jangan buka pesanan saat kamera tidak berfungsi</translation>
    </message>
    <message>
        <source>The PC&apos;s default camera</source>
        <translation>Kamera bawaan PC</translation>
    </message>
    <message>
        <source>Camera not connected (%1)</source>
        <translation>Kamera tidak terhubung (%1)</translation>
    </message>
    <message>
        <source>empty: the station&apos;s data folder (videos)</source>
        <translation>kosong: folder data stasiun (videos)</translation>
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
        <translation>tanpa batas</translation>
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
        <translation>Frame rate</translation>
    </message>
    <message>
        <source>Delete videos older than</source>
        <translation>Hapus video lebih lama dari</translation>
    </message>
    <message>
        <source>Disk budget</source>
        <translation>Batas ruang disk</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>That is not a warehouse key (it should be 43 letters, digits, - and _).</source>
        <translation>Itu bukan kunci gudang (seharusnya 43 huruf, angka, - dan _).</translation>
    </message>
    <message>
        <source>Copy it again from Settings → Warehouse on a station that is already set up.</source>
        <translation>Salin lagi dari Pengaturan → Gudang di stasiun yang sudah disiapkan.</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@server:5432/database (the password goes in its own field).</source>
        <extracomment>query parameters that carry a password: kept out of the settings file query parameters lazpack does not keep (secrets or secret files): refused with a message</extracomment>
        <translation>Tulis sebagai postgresql://user@server:5432/database (kata sandi di kolomnya sendiri).</translation>
    </message>
    <message>
        <source>That is not a database address lazpack can read.</source>
        <translation>lazpack tidak bisa membaca alamat database itu.</translation>
    </message>
    <message>
        <source>The warehouse database address must start with postgresql://.</source>
        <translation>Alamat database gudang harus diawali postgresql://.</translation>
    </message>
    <message>
        <source>The address names no database (…/database at its end).</source>
        <translation>Alamat tidak menyebut database (…/database di ujungnya).</translation>
    </message>
    <message>
        <source>lazpack does not keep the setting %1 of the address; put it in the PostgreSQL service or password file of this PC instead.</source>
        <translation>lazpack tidak menyimpan setelan %1 dari alamat; taruh di file service atau file kata sandi PostgreSQL di PC ini.</translation>
    </message>
    <message>
        <source>Open Settings → Warehouse → Join this warehouse on this station and type the key shown on a station that is already set up (Settings → Warehouse → Show warehouse key).</source>
        <translation>Buka Pengaturan → Gudang → Gabung ke gudang ini di stasiun ini dan ketik kunci yang ditampilkan di stasiun yang sudah disiapkan (Pengaturan → Gudang → Tampilkan kunci gudang).</translation>
    </message>
    <message>
        <source>This station has not joined the warehouse yet, so it cannot open the warehouse&apos;s shops.</source>
        <translation>Stasiun ini belum bergabung ke gudang, jadi tidak bisa membuka toko-toko gudang.</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key is not the key of this warehouse&apos;s database.</source>
        <translation>Kunci gudang stasiun ini bukan kunci database gudang ini.</translation>
    </message>
    <message>
        <source>This station has no warehouse key to show.</source>
        <extracomment>Connects once to the address and reports what it holds (changes nothing). ``(address, key_id)``: sets a new database up, records the key&apos;s fingerprint unless one is recorded, returns the one recorded. the database this station runs on now (without its password); &quot;&quot; = its own journal</extracomment>
        <translation>Stasiun ini tidak punya kunci gudang untuk ditampilkan.</translation>
    </message>
    <message>
        <source>Enter the address of the warehouse database first.</source>
        <translation>Masukkan dulu alamat database gudang.</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2).</source>
        <translation>Terhubung ke %1 (PostgreSQL %2).</translation>
    </message>
    <message>
        <source>The database is empty; lazpack sets it up at the next start.</source>
        <translation>Database masih kosong; lazpack menyiapkannya saat mulai berikutnya.</translation>
    </message>
    <message>
        <source>No warehouse key yet: the first shop authorized on a station of this warehouse creates it.</source>
        <translation>Belum ada kunci gudang: toko pertama yang diotorisasi di stasiun gudang ini akan membuatnya.</translation>
    </message>
    <message>
        <source>This station has the warehouse key.</source>
        <translation>Stasiun ini punya kunci gudang.</translation>
    </message>
    <message>
        <source>This station holds a different warehouse key: join again with this warehouse&apos;s key.</source>
        <translation>Stasiun ini memegang kunci gudang lain: gabung lagi dengan kunci gudang ini.</translation>
    </message>
    <message>
        <source>This station has not joined yet: Join this warehouse with the key shown on a station that is already set up.</source>
        <translation>Stasiun ini belum bergabung: Gabung ke gudang ini dengan kunci yang ditampilkan di stasiun yang sudah disiapkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) in this warehouse.</source>
        <translation>
            <numerusform>%n toko di gudang ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>That key is not this warehouse&apos;s key: its database was set up with another one.</source>
        <translation>Kunci itu bukan kunci gudang ini: database-nya disiapkan dengan kunci lain.</translation>
    </message>
    <message>
        <source>Copy the key again from Settings → Warehouse → Show warehouse key on a station of this warehouse, and check the database address.</source>
        <translation>Salin lagi kunci dari Pengaturan → Gudang → Tampilkan kunci gudang di stasiun gudang ini, dan periksa alamat database.</translation>
    </message>
    <message>
        <source>This station has joined the warehouse. Its shops open here from the next start.</source>
        <translation>Stasiun ini sudah bergabung ke gudang. Toko-tokonya terbuka di sini mulai dari start berikutnya.</translation>
    </message>
    <message>
        <source>Saved: this station uses its own journal from the next start.</source>
        <translation>Tersimpan: stasiun ini memakai jurnalnya sendiri mulai start berikutnya.</translation>
    </message>
    <message>
        <source>Saved: this station uses the warehouse database from the next start.</source>
        <translation>Tersimpan: stasiun ini memakai database gudang mulai start berikutnya.</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key does not match the one the shop&apos;s secrets were sealed with.</source>
        <translation>Kunci gudang stasiun ini tidak cocok dengan kunci yang menyegel rahasia toko.</translation>
    </message>
    <message>
        <source>Settings → Warehouse → Join this warehouse, with the key shown on a station that is already set up.</source>
        <translation>Pengaturan → Gudang → Gabung ke gudang ini, dengan kunci yang ditampilkan di stasiun yang sudah disiapkan.</translation>
    </message>
    <message>
        <source>The shop secrets of %1 in the warehouse database fail their integrity check (altered or copied from another shop).</source>
        <translation>Rahasia toko %1 di database gudang gagal dicek keutuhannya (diubah atau disalin dari toko lain).</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>Otorisasi ulang toko di satu stasiun.</translation>
    </message>
    <message>
        <source>The warehouse database %1 cannot be reached (%2).</source>
        <extracomment>the ``shared_settings`` row holding the warehouse key&apos;s fingerprint what keeps a connection from being made (ValueError: an address asyncpg cannot use)</extracomment>
        <translation>Database gudang %1 tidak bisa dihubungi (%2).</translation>
    </message>
    <message>
        <source>Check the address, the user and the password, and that the PostgreSQL server is running and accepts connections from this PC.</source>
        <translation>Periksa alamat, pengguna dan kata sandi, dan bahwa server PostgreSQL berjalan dan menerima koneksi dari PC ini.</translation>
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
        <translation>Ketik kunci ini di stasiun yang bergabung (Pengaturan → Gudang → Gabung ke gudang ini). Siapa pun yang punya kunci ini dan database-nya bisa membaca rahasia toko: jangan kirim lewat e-mail atau chat, dan tutup kotak ini setelah selesai.</translation>
    </message>
    <message>
        <source>Join this warehouse</source>
        <translation>Gabung ke gudang ini</translation>
    </message>
    <message>
        <source>On a station that is already set up, open Settings → Warehouse → Show warehouse key, and type the key here (spaces do not matter).</source>
        <translation>Di stasiun yang sudah disiapkan, buka Pengaturan → Gudang → Tampilkan kunci gudang, lalu ketik kuncinya di sini (spasi tidak berpengaruh).</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <extracomment>what was typed, taken out of the field as the box closes</extracomment>
        <translation>Gudang</translation>
    </message>
    <message>
        <source>Stations of one warehouse share a PostgreSQL database: each order is packed at one station, each shop is synced by one and authorized once for all. Leave the address empty to keep this PC&apos;s own journal.</source>
        <translation>Stasiun-stasiun satu gudang berbagi satu database PostgreSQL: tiap pesanan dikemas di satu stasiun, tiap toko disinkronkan oleh satu stasiun dan diotorisasi sekali untuk semua. Kosongkan alamat untuk tetap memakai jurnal PC ini sendiri.</translation>
    </message>
    <message>
        <source>saved in the keyring</source>
        <translation>tersimpan di keyring</translation>
    </message>
    <message>
        <source>the database user&apos;s password</source>
        <translation>kata sandi pengguna database</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tes koneksi</translation>
    </message>
    <message>
        <source>This station runs on %1 now.</source>
        <translation>Stasiun ini sekarang berjalan di %1.</translation>
    </message>
    <message>
        <source>This station runs on this PC&apos;s own journal now.</source>
        <translation>Stasiun ini sekarang memakai jurnal PC ini sendiri.</translation>
    </message>
    <message>
        <source>A new address applies at the next start of lazpack. The password is kept in this PC&apos;s keyring, never in the settings file.</source>
        <translation>Alamat baru berlaku saat lazpack mulai berikutnya. Kata sandi disimpan di keyring PC ini, tidak pernah di file pengaturan.</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Alamat database</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Show warehouse key…</source>
        <translation>&amp;Tampilkan kunci gudang…</translation>
    </message>
    <message>
        <source>&amp;Join this warehouse…</source>
        <translation>Ga&amp;bung ke gudang ini…</translation>
    </message>
    <message>
        <source>This station has no warehouse key. Join this warehouse with the key shown on a station that is already set up; the first station of a new warehouse creates the key when it authorizes a shop.</source>
        <translation>Stasiun ini tidak punya kunci gudang. Gabung ke gudang ini dengan kunci yang ditampilkan di stasiun yang sudah disiapkan; stasiun pertama gudang baru membuat kunci saat mengotorisasi toko.</translation>
    </message>
    <message>
        <source>This station has the warehouse key (fingerprint %1).</source>
        <translation>Stasiun ini punya kunci gudang (sidik jari %1).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Show the warehouse key?</source>
        <translation>Tampilkan kunci gudang?</translation>
    </message>
    <message>
        <source>The warehouse key unlocks the secrets of every shop of this warehouse. Show it only to type it at a station that joins, with nobody else looking.</source>
        <translation>Kunci gudang membuka rahasia setiap toko di gudang ini. Tampilkan hanya untuk diketik di stasiun yang bergabung, tanpa orang lain melihat.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Memeriksa kunci…</translation>
    </message>
</context>
<context>
    <name>WarehouseTokens</name>
    <message>
        <source>The renewed tokens are kept on this station until the warehouse database is back.</source>
        <extracomment>A rotated pair Lazada gave us that the database has not stored yet.</extracomment>
        <translation>Token yang diperbarui disimpan di stasiun ini sampai database gudang kembali.</translation>
    </message>
    <message>
        <source>Connected (shared by the warehouse)</source>
        <translation>Terhubung (dipakai bersama di gudang)</translation>
    </message>
    <message>
        <source>Shop %1 is not authorized in this warehouse; authorize it on one station.</source>
        <translation>Toko %1 belum diotorisasi di gudang ini; otorisasi di salah satu stasiun.</translation>
    </message>
    <message>
        <source>Shop %1 has no tokens to refresh.</source>
        <translation>Toko %1 tidak punya token untuk diperbarui.</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1; authorize it again on one station.</source>
        <translation>Lazada tidak lagi menerima otorisasi toko %1; otorisasi ulang di salah satu stasiun.</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <source>⚠ The warehouse database cannot be reached (since %1). Scans are kept, but no new order can be opened or claimed, and the open order&apos;s Lazada steps wait until the database is back. Reconnecting…</source>
        <extracomment>(background, text): a red that cannot be mistaken for the amber DEMO bar the &quot;Packing at&quot; column&apos;s first width: &quot;Station 12 · Ana · 40 s ago&quot; whole how long &quot;the warehouse database is back&quot; stays in the status bar</extracomment>
        <translation>⚠ Database gudang tidak dapat dihubungi (sejak %1). Hasil scan tetap disimpan, tetapi pesanan baru tidak bisa dibuka atau diklaim, dan langkah Lazada untuk pesanan yang terbuka menunggu sampai database kembali. Menghubungkan ulang…</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>no order open</source>
        <translation>belum ada pesanan terbuka</translation>
    </message>
    <message>
        <source>order open</source>
        <translation>pesanan terbuka</translation>
    </message>
    <message>
        <source>verifying items</source>
        <translation>memeriksa barang</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>semua barang diperiksa</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>sudah dikemas</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>label tercetak</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>siap kirim</translation>
    </message>
    <message>
        <source>open an order</source>
        <translation>membuka pesanan</translation>
    </message>
    <message>
        <source>verify an item</source>
        <translation>memeriksa barang</translation>
    </message>
    <message>
        <source>finish verifying</source>
        <translation>menyelesaikan pemeriksaan</translation>
    </message>
    <message>
        <source>undo a scan</source>
        <translation>membatalkan scan</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>mengemas</translation>
    </message>
    <message>
        <source>pack the verified items only</source>
        <translation>mengemas barang yang sudah diperiksa saja</translation>
    </message>
    <message>
        <source>use the existing label</source>
        <translation>memakai label yang ada</translation>
    </message>
    <message>
        <source>print the label</source>
        <translation>mencetak label</translation>
    </message>
    <message>
        <source>confirm the label</source>
        <translation>mengonfirmasi label</translation>
    </message>
    <message>
        <source>mark ready to ship</source>
        <translation>menandai siap kirim</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>mengemas ulang</translation>
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
        <translation>Lazada sudah mengemas pesanan ini: kemas ulang, atau tutup.</translation>
    </message>
    <message>
        <source>Cannot %1 while the order is %2.</source>
        <translation>Tidak bisa %1 saat pesanan %2.</translation>
    </message>
    <message>
        <source>Scan an order number, tracking number or package id.</source>
        <extracomment>States in which the packer is still scanning the order&apos;s items.</extracomment>
        <translation>Scan nomor pesanan, nomor resi, atau ID paket.</translation>
    </message>
    <message>
        <source>Scan DONE to try again, or CANCEL.</source>
        <translation>Scan DONE untuk mencoba lagi, atau CANCEL.</translation>
    </message>
    <message>
        <source>Working on it — please wait.</source>
        <translation>Sedang diproses — mohon tunggu.</translation>
    </message>
    <message>
        <source>Scan the label on the parcel to confirm it.</source>
        <translation>Scan label di paket untuk konfirmasi.</translation>
    </message>
    <message>
        <source>Scan DONE to pack.</source>
        <translation>Scan DONE untuk mengemas.</translation>
    </message>
    <message>
        <source>Scan DONE to print the label.</source>
        <translation>Scan DONE untuk mencetak label.</translation>
    </message>
    <message>
        <source>Scan DONE to mark ready to ship.</source>
        <translation>Scan DONE untuk menandai siap kirim.</translation>
    </message>
    <message>
        <source>Put the parcel aside and scan the next order.</source>
        <translation>Sisihkan paket dan scan pesanan berikutnya.</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1 — %2 (%3 left); %n more SKU(s) missing.</source>
        <translation>
            <numerusform>Scan %1 — %2 (sisa %3); %n SKU lain masih kurang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan %1 — %2 (%3 left).</source>
        <translation>Scan %1 — %2 (sisa %3).</translation>
    </message>
</context>
</TS>
