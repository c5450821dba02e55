<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Open another order?</source>
        <translation>Mở đơn khác?</translation>
    </message>
    <message>
        <source>Order {current} is being packed ({verified} of {expected} items verified).

Leave it and open order {other}?</source>
        <translation>Đơn {current} đang đóng gói (đã kiểm {verified}/{expected} sản phẩm).

Bỏ dở và mở đơn {other}?</translation>
    </message>
    <message>
        <source>&amp;Leave it, open {other}</source>
        <translation>&amp;Bỏ dở, mở {other}</translation>
    </message>
    <message>
        <source>&amp;Keep packing {current}</source>
        <translation>&amp;Tiếp tục đóng gói {current}</translation>
    </message>
    <message>
        <source>Pick list</source>
        <extracomment>settings.ui keys (no new settings fields: the ui dict is the window&apos;s own)</extracomment>
        <translation>Phiếu lấy hàng</translation>
    </message>
    <message>
        <source>The selected orders (%n)</source>
        <translation>Các đơn đã chọn (%n)</translation>
    </message>
    <message>
        <source>Every order of this tab (%n)</source>
        <translation>Mọi đơn trong tab này (%n)</translation>
    </message>
    <message>
        <source>Everything to pack for the shipping provider</source>
        <translation>Mọi đơn chờ đóng gói của đơn vị vận chuyển</translation>
    </message>
    <message>
        <source>Add a packing slip page per order</source>
        <translation>Thêm một trang phiếu đóng gói cho mỗi đơn</translation>
    </message>
    <message>
        <source>A4 printer</source>
        <translation>Máy in A4</translation>
    </message>
    <message>
        <source>(ask with the print dialog)</source>
        <translation>(hỏi qua hộp thoại in)</translation>
    </message>
    <message>
        <source>Make pick list</source>
        <translation>Tạo phiếu lấy hàng</translation>
    </message>
    <message>
        <source>%n selected orders</source>
        <translation>%n đơn đã chọn</translation>
    </message>
    <message>
        <source>Pick list #%1</source>
        <translation>Phiếu lấy hàng #%1</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship the %n orders to pack</source>
        <translation>Đóng gói &amp;&amp; giao %n đơn chờ đóng gói</translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>Mở đơn đã chọn</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>Đang tạo phiếu lấy hàng…</translation>
    </message>
    <message>
        <source>The pick list could not be saved: </source>
        <translation>Không lưu được phiếu lấy hàng: </translation>
    </message>
    <message>
        <source>Pick list #%1 saved as %2</source>
        <translation>Đã lưu phiếu lấy hàng #%1 thành %2</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>Danh mục sản phẩm</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>No barcode yet</source>
        <translation>Chưa có mã vạch</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>Nhập CSV/XLSX…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Stickers for the selected SKUs…</source>
        <translation>Nhãn dán cho các SKU đã chọn…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%n SKUs</source>
        <translation>%n SKU</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Bảng tính (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Nhập danh mục</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Xuất danh mục</translation>
    </message>
    <message>
        <source>Imported: %n SKUs changed.</source>
        <translation>Đã nhập: %n SKU thay đổi.</translation>
    </message>
    <message>
        <source>%n SKUs exported to </source>
        <translation>Đã xuất %n SKU vào </translation>
    </message>
    <message>
        <source>Select the SKUs to print stickers for first.</source>
        <translation>Hãy chọn SKU cần in nhãn dán trước.</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Xem trước khi nhập</translation>
    </message>
    <message>
        <source>Import %n changes</source>
        <translation>Nhập %n thay đổi</translation>
    </message>
    <message>
        <source>SKU stickers</source>
        <translation>Nhãn dán SKU</translation>
    </message>
    <message>
        <source>Sticker size</source>
        <translation>Cỡ nhãn dán</translation>
    </message>
    <message>
        <source>(save as PDF)</source>
        <translation>(lưu thành PDF)</translation>
    </message>
    <message>
        <source>Sticker printer</source>
        <translation>Máy in nhãn dán</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>Lưu nhãn dán thành PDF</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Chưa lưu: </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>lazpack is free software under the MIT licence.
It ships Qt and Qt for Python (LGPL-3.0) and FFmpeg (LGPL-2.1+) as separate, replaceable libraries, and the Python packages listed below under their own licences.</source>
        <translation>lazpack là phần mềm tự do theo giấy phép MIT.
Phần mềm đi kèm Qt và Qt for Python (LGPL-3.0), FFmpeg (LGPL-2.1+) dưới dạng thư viện riêng, thay thế được, cùng các gói Python liệt kê bên dưới theo giấy phép riêng của chúng.</translation>
    </message>
    <message>
        <source>(The third-party notices could not be read: %1)</source>
        <translation>(Không đọc được thông báo bên thứ ba: %1)</translation>
    </message>
    <message>
        <source>Diagnostics copied — paste them into your message to support.</source>
        <translation>Đã sao chép thông tin chẩn đoán — dán vào tin nhắn gửi bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>About lazpack</source>
        <translation>Giới thiệu lazpack</translation>
    </message>
    <message>
        <source>Packing station for Lazada sellers: scan, verify, pack, print the AWB, ready to ship.</source>
        <translation>Trạm đóng gói cho người bán Lazada: quét, kiểm, đóng gói, in phiếu giao hàng, sẵn sàng giao.</translation>
    </message>
    <message>
        <source>Data folder: %1&lt;br&gt;Settings: %2&lt;br&gt;Log folder: %3</source>
        <translation>Thư mục dữ liệu: %1&lt;br&gt;Cài đặt: %2&lt;br&gt;Thư mục nhật ký: %3</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Sao chép chẩn đoán</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Giấy phép:</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Link this barcode?</source>
        <translation>Liên kết mã vạch này?</translation>
    </message>
    <message>
        <source>“%1” is unknown. Is it one of these items? It will be remembered for this shop.</source>
        <translation>Không nhận ra “%1”. Có phải là một trong các sản phẩm này? Sẽ được ghi nhớ cho cửa hàng này.</translation>
    </message>
    <message>
        <source>Confirm an item without barcode</source>
        <translation>Xác nhận sản phẩm không có mã vạch</translation>
    </message>
    <message>
        <source>Which item did you check by eye? It is recorded as confirmed manually.</source>
        <translation>Bạn đã kiểm bằng mắt sản phẩm nào? Sẽ ghi là xác nhận thủ công.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Connecting to the warehouse database…</source>
        <extracomment>What runs after the first paint waits at most this long for it (a window that starts minimised or on a screen that never paints must still open its shops). built with the window (a saved printer that is gone is reported there) settings fields that fell back to defaults at start (shown once the window is up) set once the window&apos;s first frame is painted (or after ``FIRST_PAINT_WAIT_S``) set once the core and the scan path are built (right after the first paint)</extracomment>
        <translation>Đang kết nối cơ sở dữ liệu kho…</translation>
    </message>
    <message>
        <source>Serial scanner on %1.</source>
        <translation>Máy quét nối tiếp ở %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lazpack — internal error</source>
        <translation>lazpack — lỗi nội bộ</translation>
    </message>
    <message>
        <source>Something went wrong inside lazpack. Your work so far is kept.
If it happens again, copy the details below and send them to support.</source>
        <translation>Đã có lỗi bên trong lazpack. Công việc của bạn vẫn được giữ.
Nếu lặp lại, hãy sao chép chi tiết bên dưới và gửi cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>lazpack — settings</source>
        <translation>lazpack — Cài đặt</translation>
    </message>
    <message>
        <source>Some settings could not be used; lazpack uses the defaults for them.</source>
        <translation>Một số cài đặt không dùng được; lazpack dùng giá trị mặc định cho chúng.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Paste the address the browser showed after consenting.</source>
        <extracomment>The seller consent page (lazada-api.md §2.1); one host for every country. Refresh the access token when less than this is left (issue 7: &quot;under a day&quot;). Warn that the shop must be re-authorized when its refresh token has less than this left. Below this the current access token is not worth using even if a refresh failed.</extracomment>
        <translation>Dán địa chỉ mà trình duyệt hiển thị sau khi đồng ý.</translation>
    </message>
    <message>
        <source>That does not look like an authorization code.</source>
        <translation>Không giống mã ủy quyền.</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Lazada không cấp quyền cho cửa hàng: %1</translation>
    </message>
    <message>
        <source>The pasted address has no authorization code (…?code=…).</source>
        <translation>Địa chỉ đã dán không có mã ủy quyền (…?code=…).</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser after clicking Submit on Lazada.</source>
        <translation>Sao chép toàn bộ địa chỉ từ trình duyệt sau khi bấm Submit trên Lazada.</translation>
    </message>
    <message>
        <source>The pasted address belongs to a different authorization attempt.</source>
        <translation>Địa chỉ đã dán thuộc về một lần ủy quyền khác.</translation>
    </message>
    <message>
        <source>Click Authorize again and paste the address from that browser tab.</source>
        <translation>Bấm Authorize lại và dán địa chỉ từ tab trình duyệt đó.</translation>
    </message>
</context>
<context>
    <name>Barcodes</name>
    <message>
        <source>“%1” is an item, and no order is open. Scan the order number or its label first.</source>
        <translation>“%1” là sản phẩm, nhưng chưa mở đơn hàng nào. Hãy quét mã đơn hàng hoặc phiếu giao hàng trước.</translation>
    </message>
    <message>
        <source>“%1” is not an open order, tracking number or package id.</source>
        <translation>“%1” không phải đơn hàng đang mở, mã vận đơn hay mã kiện hàng.</translation>
    </message>
    <message>
        <source>“%1” is not the label of order %2 (expected %3). Check the parcel&apos;s label.</source>
        <translation>“%1” không phải phiếu giao hàng của đơn %2 (cần %3). Kiểm tra phiếu trên gói hàng.</translation>
    </message>
    <message>
        <source>Wrong item: “%1” is %2, which is not in order %3.</source>
        <translation>Sai sản phẩm: “%1” là %2, không có trong đơn %3.</translation>
    </message>
    <message>
        <source>Wrong item: %1 is not in order %2 (it belongs to order %3).</source>
        <translation>Sai sản phẩm: %1 không có trong đơn %2 (thuộc đơn %3).</translation>
    </message>
    <message>
        <source> Link it to one of this order&apos;s items if it is one of them.</source>
        <translation> Hãy liên kết với một sản phẩm của đơn này nếu đúng là nó.</translation>
    </message>
    <message>
        <source>Unknown barcode “%1”.%2</source>
        <translation>Mã vạch lạ “%1”.%2</translation>
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
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>emitted with the newest report after a retry finished</extracomment>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Package / item</source>
        <translation>Kiện hàng / sản phẩm</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Lazada says</source>
        <translation>Lazada báo</translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <translation>&amp;Thử lại các dòng lỗi</translation>
    </message>
    <message>
        <source>Unknown: Lazada may or may not have applied these; lazpack re-reads the orders before anything is sent again.</source>
        <translation>Không rõ: Lazada có thể đã hoặc chưa áp dụng; lazpack đọc lại đơn trước khi gửi lại bất cứ gì.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) can be retried.</source>
        <translation>
            <numerusform>Có thể thử lại %n dòng lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retry possible)</source>
        <translation>%1 (có thể thử lại)</translation>
    </message>
    <message>
        <source>The answer was lost; the order is re-read before re-sending.</source>
        <translation>Mất câu trả lời; đơn hàng được đọc lại trước khi gửi lại.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n row(s)…</source>
        <translation>
            <numerusform>Đang thử lại %n dòng…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Thử lại thất bại: %1</translation>
    </message>
    <message>
        <source>Retry failed: internal error (logged).</source>
        <translation>Thử lại thất bại: lỗi nội bộ (đã ghi nhật ký).</translation>
    </message>
</context>
<context>
    <name>BatchPacker</name>
    <message>
        <source>not changed: %1 (read twice), so nothing was sent</source>
        <extracomment>the item ids the order book holds for the order: a fresh read must have them all digital items still to deliver; physical: the order has items to pack</extracomment>
        <translation>không thay đổi: %1 (đã đọc hai lần), nên không gửi gì</translation>
    </message>
    <message>
        <source>not in the open orders list</source>
        <translation>không có trong danh sách đơn đang mở</translation>
    </message>
    <message>
        <source>open at the scan station; finish or cancel it there first</source>
        <translation>đang mở ở trạm quét; hãy hoàn tất hoặc hủy ở đó trước</translation>
    </message>
    <message>
        <source>could not read the order</source>
        <translation>không đọc được đơn hàng</translation>
    </message>
    <message>
        <source>part of it is still packed from a refused attempt and could not be undone</source>
        <translation>một phần vẫn còn đóng gói từ lần bị từ chối và không thể hoàn tác</translation>
    </message>
    <message>
        <source>Delivered by your own fleet: no AWB; print its delivery slip in the DBS tab and mark it delivered there.</source>
        <translation>Người bán tự giao: không có AWB; in phiếu giao ở tab DBS và đánh dấu đã giao ở đó.</translation>
    </message>
    <message>
        <source>digital items not delivered: %1</source>
        <translation>sản phẩm số chưa giao: %1</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention its digital items</source>
        <translation>Lazada trả lời mà không nhắc đến sản phẩm số</translation>
    </message>
    <message>
        <source>the answer to the digital delivery was lost; it is checked with Lazada before anything is sent again</source>
        <translation>mất câu trả lời về giao sản phẩm số; sẽ kiểm với Lazada trước khi gửi lại</translation>
    </message>
    <message>
        <source>digital delivery refused: %1 (%2)</source>
        <translation>giao sản phẩm số bị từ chối: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n digital item(s) delivered.</source>
        <translation>
            <numerusform>Đã giao %n sản phẩm số.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lazada refused to deliver its digital items: %1 (%2)</source>
        <translation>Lazada từ chối giao sản phẩm số: %1 (%2)</translation>
    </message>
    <message>
        <source>digital items already delivered.</source>
        <translation>sản phẩm số đã giao rồi.</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>không có sản phẩm</translation>
    </message>
    <message>
        <source>no digital item to deliver (%1)</source>
        <translation>không có sản phẩm số để giao (%1)</translation>
    </message>
    <message>
        <source>already packed; not packed again.</source>
        <translation>đã đóng gói; không đóng gói lại.</translation>
    </message>
    <message>
        <source>nothing to pack (items canceled, shipped or not paid)</source>
        <translation>không có gì để đóng gói (sản phẩm đã hủy, đã gửi hoặc chưa thanh toán)</translation>
    </message>
    <message>
        <source>no shipment provider was chosen for this group</source>
        <translation>chưa chọn đơn vị vận chuyển cho nhóm này</translation>
    </message>
    <message>
        <source>Lazada refused to pack it: %1 (%2)</source>
        <translation>Lazada từ chối đóng gói: %1 (%2)</translation>
    </message>
    <message>
        <source>shipment providers not read: %1</source>
        <translation>không đọc được đơn vị vận chuyển: %1</translation>
    </message>
    <message>
        <source>Lazada refused to offer a shipment provider: %1 (%2)</source>
        <translation>Lazada không đưa ra đơn vị vận chuyển: %1 (%2)</translation>
    </message>
    <message>
        <source>the pack answer was lost and the order could not be checked</source>
        <translation>mất câu trả lời đóng gói và không kiểm tra được đơn</translation>
    </message>
    <message>
        <source>the pack answer was lost; %1</source>
        <translation>mất câu trả lời đóng gói; %1</translation>
    </message>
    <message>
        <source>pack refused: %1 (%2)</source>
        <translation>bị từ chối đóng gói: %1 (%2)</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this order</source>
        <translation>câu trả lời của Lazada không nhắc đến đơn này</translation>
    </message>
    <message>
        <source> — the order was left unpacked so it ships in one parcel.</source>
        <translation> — đơn được để chưa đóng gói để giao trong một gói hàng.</translation>
    </message>
    <message>
        <source> — the other items may stay packed in %1.</source>
        <translation> — các sản phẩm khác có thể vẫn nằm trong %1.</translation>
    </message>
    <message>
        <source>label not fetched: %1</source>
        <translation>không lấy được phiếu giao hàng: %1</translation>
    </message>
    <message>
        <source>Lazada refused to print its label: %1 (%2)</source>
        <translation>Lazada từ chối in phiếu: %1 (%2)</translation>
    </message>
    <message>
        <source>label not printed: %1</source>
        <translation>không in được phiếu giao hàng: %1</translation>
    </message>
    <message>
        <source>could not check before ready to ship</source>
        <translation>không kiểm tra được trước khi đặt sẵn sàng giao</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>chưa sẵn sàng</translation>
    </message>
    <message>
        <source>Lazada refused to set it ready to ship: %1 (%2)</source>
        <translation>Lazada từ chối sẵn sàng giao: %1 (%2)</translation>
    </message>
    <message>
        <source>the ready-to-ship answer was lost and it did not apply</source>
        <translation>mất câu trả lời sẵn sàng giao và nó không được áp dụng</translation>
    </message>
    <message>
        <source>ready to ship refused: %1 (%2)</source>
        <translation>bị từ chối sẵn sàng giao: %1 (%2)</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this package</source>
        <translation>câu trả lời của Lazada không nhắc đến kiện hàng này</translation>
    </message>
    <message>
        <source>no row for this order in the answer</source>
        <translation>không có dòng nào cho đơn này trong câu trả lời</translation>
    </message>
    <message>
        <source>the whole call was refused: %1 (%2)</source>
        <translation>cả lệnh gọi bị từ chối: %1 (%2)</translation>
    </message>
    <message>
        <source>; the packed part is still to undo</source>
        <translation>; phần đã đóng gói vẫn cần hoàn tác</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 trống.</translation>
    </message>
    <message>
        <source>%1 has no SKU column.</source>
        <translation>%1 không có cột SKU.</translation>
    </message>
    <message>
        <source>The first row names the columns: %1.</source>
        <translation>Dòng đầu tiên ghi tên các cột: %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (%2).</source>
        <translation>%1 không phải văn bản UTF-8 (%2).</translation>
    </message>
    <message>
        <source>Save it from the spreadsheet as “CSV UTF-8”, or as .xlsx.</source>
        <translation>Lưu lại từ bảng tính dưới dạng “CSV UTF-8”, hoặc .xlsx.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Cancel this order (before packing) / close it</source>
        <extracomment>Control and format characters: GS (FNC1 as transmitted), RS, EOT, stray CR/LF/Tab, zero-width spaces some wedge drivers inject. Every command barcode starts with this. &quot;#&quot; and &quot;:&quot; together never occur in Lazada SKUs in practice, Code128 (set B) encodes them, and the prefix is short enough for a 100 mm wide command sheet. What the command sheet prints under each barcode (the packer&apos;s words).</extracomment>
        <translation>Hủy đơn này (trước khi đóng gói) / đóng đơn</translation>
    </message>
    <message>
        <source>Done: finish the remaining steps</source>
        <translation>Xong: làm nốt các bước còn lại</translation>
    </message>
    <message>
        <source>Reprint the label</source>
        <translation>In lại phiếu giao hàng</translation>
    </message>
    <message>
        <source>Repack (new package, new label)</source>
        <translation>Đóng gói lại (kiện mới, phiếu mới)</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>Hoàn tác lần quét sản phẩm cuối</translation>
    </message>
    <message>
        <source>Confirm the missing item without a barcode</source>
        <translation>Xác nhận sản phẩm còn thiếu không cần mã vạch</translation>
    </message>
    <message>
        <source>Pack the verified items only</source>
        <translation>Chỉ đóng gói sản phẩm đã kiểm</translation>
    </message>
    <message>
        <source>Log in as packer</source>
        <translation>Đăng nhập người đóng gói</translation>
    </message>
    <message>
        <source>Log out packer</source>
        <translation>Đăng xuất người đóng gói</translation>
    </message>
    <message>
        <source>Pick list: list its orders</source>
        <translation>Phiếu lấy hàng: liệt kê các đơn</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Người đóng gói: %1</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>lazpack — command barcodes</source>
        <translation>lazpack — mã vạch lệnh</translation>
    </message>
    <message>
        <source>There are no commands to print.</source>
        <translation>Không có lệnh nào để in.</translation>
    </message>
    <message>
        <source>“%1” cannot be a Code128 barcode.</source>
        <translation>“%1” không thể là mã vạch Code128.</translation>
    </message>
    <message>
        <source>Use ASCII letters only.</source>
        <translation>Chỉ dùng chữ cái ASCII.</translation>
    </message>
    <message>
        <source>Scan a barcode with the station&apos;s scanner. Keep this sheet next to the packing desk.</source>
        <translation>Quét mã vạch bằng máy quét của trạm. Để tờ này cạnh bàn đóng gói.</translation>
    </message>
</context>
<context>
    <name>DbsDeliveryDialog</name>
    <message>
        <source>Delivered by seller</source>
        <translation>Người bán tự giao</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) delivered by your own fleet:</source>
        <translation>
            <numerusform>%n kiện hàng do đội giao của bạn giao:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  —  order %2  —  %n unit(s)</source>
        <translation>
            <numerusform>%1  —  đơn %2  —  %n cái</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>Đã &amp;giao</translation>
    </message>
    <message>
        <source>&amp;Failed delivery</source>
        <translation>Giao &amp;thất bại</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Ghi chú (tùy chọn):</translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Đánh dấu thất bại</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Đánh dấu đã giao</translation>
    </message>
</context>
<context>
    <name>DbsPanel</name>
    <message>
        <source>Package</source>
        <translation>Kiện hàng</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Số cái</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Mark &amp;delivered…</source>
        <translation>Đánh dấu đã &amp;giao…</translation>
    </message>
    <message>
        <source>&amp;Failed delivery…</source>
        <translation>Giao &amp;thất bại…</translation>
    </message>
    <message>
        <source>Print delivery &amp;slips</source>
        <translation>In &amp;phiếu giao</translation>
    </message>
</context>
<context>
    <name>DeliverySlip</name>
    <message>
        <source>Package %1 has no items to put on a delivery slip.</source>
        <extracomment>3 dots per module on a 203 dpi thermal head: bars land on whole dots and scan reliably.</extracomment>
        <translation>Kiện hàng %1 không có sản phẩm để ghi vào phiếu giao.</translation>
    </message>
    <message>
        <source>Refresh the order and try again.</source>
        <translation>Làm mới đơn hàng và thử lại.</translation>
    </message>
    <message>
        <source>Delivery slip %1</source>
        <translation>Phiếu giao %1</translation>
    </message>
    <message>
        <source>DELIVERY SLIP</source>
        <translation>PHIẾU GIAO HÀNG</translation>
    </message>
    <message>
        <source>Delivered by seller · page %1</source>
        <translation>Người bán tự giao · trang %1</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>Người bán tự giao</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Đơn hàng %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Kiện hàng %1</translation>
    </message>
    <message>
        <source>DELIVER TO</source>
        <translation>GIAO ĐẾN</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>Tel %1</source>
        <translation>ĐT %1</translation>
    </message>
    <message>
        <source>COLLECT (COD): %1</source>
        <translation>THU HỘ (COD): %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>SẢN PHẨM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n cái</numerusform>
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
        <translation>Người nhận: ____________________</translation>
    </message>
</context>
<context>
    <name>DialogPrint</name>
    <message>
        <source>Print labels</source>
        <extracomment>saves the station&apos;s settings; without it (an A4 command sheet) nothing is offered to be remembered</extracomment>
        <translation>In phiếu</translation>
    </message>
    <message>
        <source> — choose a printer</source>
        <translation> — chọn máy in</translation>
    </message>
</context>
<context>
    <name>EvidencePdf</name>
    <message>
        <source>Packing evidence, order %1</source>
        <translation>Bằng chứng đóng gói, đơn %1</translation>
    </message>
    <message>
        <source>Packing evidence — order %1</source>
        <translation>Bằng chứng đóng gói — đơn %1</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Người đóng gói</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>Trong gói hàng</translation>
    </message>
    <message>
        <source>Scans at the station</source>
        <translation>Các lần quét tại trạm</translation>
    </message>
    <message>
        <source>… %1 more scans in the station&apos;s journal</source>
        <translation>… thêm %1 lần quét trong nhật ký của trạm</translation>
    </message>
    <message>
        <source>Made by lazpack on %1</source>
        <translation>Tạo bởi lazpack lúc %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentDialogs</name>
    <message>
        <source>• %1 (order %2)</source>
        <translation>• %1 (đơn %2)</translation>
    </message>
    <message>
        <source>Recreate the package?</source>
        <translation>Tạo lại kiện hàng?</translation>
    </message>
    <message>
        <source>Recreate these packages at Lazada?
%1

The printed label becomes VOID: remove it from the parcel. The order goes back to To pack, and a new package and label follow when it is packed again.</source>
        <translation>Tạo lại các kiện hàng này trên Lazada?
%1

Phiếu giao hàng đã in sẽ BỊ HỦY: gỡ nó khỏi gói hàng. Đơn quay về Chờ đóng gói, và kiện hàng cùng phiếu mới sẽ có khi đóng gói lại.</translation>
    </message>
    <message>
        <source>&amp;Repack</source>
        <translation>Đóng gói &amp;lại</translation>
    </message>
    <message>
        <source>Deliver digital items?</source>
        <translation>Giao sản phẩm số?</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n digital item(s) of %1 as delivered at Lazada?
Send the codes or vouchers to the buyers first.</source>
        <translation>
            <numerusform>Đánh dấu %n sản phẩm số của %1 là đã giao trên Lazada?
Hãy gửi mã hoặc voucher cho người mua trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n đơn hàng</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>&amp;Giao</translation>
    </message>
    <message>
        <source>Order %1 is not loaded, so its slip cannot be printed.</source>
        <translation>Đơn %1 chưa được tải nên không in được phiếu giao.</translation>
    </message>
    <message>
        <source>Refresh the orders (F5) and try again.</source>
        <translation>Làm mới đơn hàng (F5) và thử lại.</translation>
    </message>
    <message>
        <source>DBS delivery slips</source>
        <translation>Phiếu giao DBS</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>đơn %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentService</name>
    <message>
        <source>Repack</source>
        <extracomment>Reasons offered for a failed DBS delivery; the packer may type another one. A DBS package is out with the seller&apos;s own fleet after RTS; Confirm/FailedDeliveryForDBS act on ``ready_to_ship`` only (lazada-api.md §4.6, §5). A paid digital item waits in ``pending``; DeliverDigital moves it to ``delivered`` (§5).</extracomment>
        <translation>Đóng gói lại</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Đánh dấu đã giao</translation>
    </message>
    <message>
        <source>Failed delivery</source>
        <translation>Giao thất bại</translation>
    </message>
    <message>
        <source>Deliver digital items</source>
        <translation>Giao sản phẩm số</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <extracomment>Lazada refused the whole call, not this row (see ``RowResult.whole_call``)</extracomment>
        <translation>%1 thành công</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 thất bại</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 chưa rõ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order (%1 allocation) and does not allocate one itself.</source>
        <translation>Lazada không có đơn vị vận chuyển cho đơn này (phân bổ %1) và cũng không tự phân bổ.</translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <extracomment>Package ids alone, or ``{package_id: order_id}`` so the journal and the report know the order. One batch call of the port: package ids in, merged rows out.</extracomment>
        <translation>Không có gì để thử lại.</translation>
    </message>
    <message>
        <source>Only rows Lazada marked as retryable can be re-sent.</source>
        <translation>Chỉ gửi lại được các dòng Lazada đánh dấu là có thể thử lại.</translation>
    </message>
    <message>
        <source>Item %1 has no order id; reload the order.</source>
        <translation>Sản phẩm %1 không có mã đơn; hãy tải lại đơn.</translation>
    </message>
    <message>
        <source>No shipment provider chosen.</source>
        <translation>Chưa chọn đơn vị vận chuyển.</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this row</source>
        <translation>Câu trả lời của Lazada không nhắc đến dòng này</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>scan %1</source>
        <extracomment>Orders a search shows at most; the status line says when there are more.</extracomment>
        <translation>quét %1</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>quét</translation>
    </message>
    <message>
        <source>%1 (Lazada)</source>
        <translation>%1 (Lazada)</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>chưa có trả lời</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>kiện %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Người đóng gói</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Action / scan</source>
        <translation>Thao tác / quét</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc gì</translation>
    </message>
    <message>
        <source>Order id or number, tracking number, package id, SKU or scanned code</source>
        <extracomment>Emitted after every finished search (the number of rows shown). Emitted after an export with (path, rows written).</extracomment>
        <translation>Mã hoặc số đơn, mã vận đơn, mã kiện, SKU hoặc mã đã quét</translation>
    </message>
    <message>
        <source>All packers</source>
        <translation>Tất cả người đóng gói</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Select a line and press Enter to see the order&apos;s timeline.</source>
        <translation>Chọn một dòng và bấm Enter để xem diễn biến của đơn.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 trong %2</translation>
    </message>
    <message numerus="yes">
        <source> — only the %n most recent orders are shown; narrow the search or the dates to see older ones</source>
        <translation>
            <numerusform> — chỉ hiển thị %n đơn gần nhất; thu hẹp tìm kiếm hoặc ngày để xem đơn cũ hơn</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for these filters.</source>
        <translation>Không tìm thấy gì với bộ lọc này.</translation>
    </message>
    <message>
        <source>Order %1 — loading…</source>
        <translation>Đơn %1 — đang tải…</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>sẵn sàng giao</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>đã đóng gói</translation>
    </message>
    <message>
        <source>not packed</source>
        <translation>chưa đóng gói</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Đơn %1 · %2 · %3</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>vận đơn %1</translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s) %1</source>
        <translation>
            <numerusform>%n người đóng gói %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) %1</source>
        <translation>
            <numerusform>%n trạm %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 trên %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n đơn hàng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong scan(s)</source>
        <translation>
            <numerusform>%n lần quét sai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item scan(s)</source>
        <translation>
            <numerusform>%n lần quét sản phẩm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a known outcome</source>
        <translation>
            <numerusform>%n chưa rõ kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Xuất lịch sử ra CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Đang xuất ra %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n dòng ra %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemKeys</name>
    <message>
        <source>seller SKU</source>
        <translation>SKU người bán</translation>
    </message>
    <message>
        <source>shop SKU</source>
        <translation>SKU cửa hàng</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>unpaid</source>
        <extracomment>Lazada&apos;s item statuses in the packer&apos;s words (shown through :func:`status_text`).</extracomment>
        <translation>chưa thanh toán</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>chờ đóng gói</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>đã đóng gói</translation>
    </message>
    <message>
        <source>repacked</source>
        <translation>đã đóng gói lại</translation>
    </message>
    <message>
        <source>ready to ship pending</source>
        <translation>chờ sẵn sàng giao</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>sẵn sàng giao</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>đã giao</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>giao thất bại</translation>
    </message>
    <message>
        <source>shipped back</source>
        <translation>đã hoàn về</translation>
    </message>
    <message>
        <source>shipped back success</source>
        <translation>hoàn về thành công</translation>
    </message>
    <message>
        <source>shipped back failed</source>
        <translation>hoàn về thất bại</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>đã trả hàng</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>thất lạc</translation>
    </message>
    <message>
        <source>lost by 3PL</source>
        <translation>3PL làm mất</translation>
    </message>
    <message>
        <source>damaged by 3PL</source>
        <translation>3PL làm hỏng</translation>
    </message>
</context>
<context>
    <name>JournalConnection</name>
    <message>
        <source>The journal %1 could not store a text with an invalid character.</source>
        <translation>Nhật ký %1 không lưu được văn bản có ký tự không hợp lệ.</translation>
    </message>
    <message>
        <source>Scan again; report it if it keeps happening.</source>
        <translation>Quét lại; báo lại nếu vẫn xảy ra.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another program (%2).</source>
        <translation>Nhật ký %1 đang bị chương trình khác khóa (%2).</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>Đóng cửa sổ lazpack hoặc công cụ khác đang dùng thư mục dữ liệu này rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full.</source>
        <translation>Ổ đĩa chứa nhật ký %1 đã đầy.</translation>
    </message>
    <message>
        <source>The journal %1 is read-only.</source>
        <translation>Nhật ký %1 chỉ đọc.</translation>
    </message>
    <message>
        <source>The journal %1 could not be written to disk (%2).</source>
        <translation>Không ghi được nhật ký %1 xuống đĩa (%2).</translation>
    </message>
    <message>
        <source>Check free disk space and that the disk is still connected, then try again.</source>
        <translation>Kiểm tra dung lượng trống và ổ đĩa còn kết nối, rồi thử lại.</translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2.</source>
        <translation>Không ghi được nhật ký %1: %2.</translation>
    </message>
    <message>
        <source>Give this user write access to the data folder, or start lazpack with another --data-dir.</source>
        <translation>Cấp quyền ghi thư mục dữ liệu cho người dùng này, hoặc chạy lazpack với --data-dir khác.</translation>
    </message>
    <message>
        <source>The damaged journal was kept as %1 and a new one was started.</source>
        <translation>Nhật ký hỏng được giữ lại thành %1 và đã tạo nhật ký mới.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2.</source>
        <translation>Không tạo được thư mục nhật ký %1: %2.</translation>
    </message>
    <message>
        <source>Move the file in the way, or start lazpack with another --data-dir.</source>
        <translation>Di chuyển tệp đang cản, hoặc chạy lazpack với --data-dir khác.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: a folder of that name is in the way.</source>
        <translation>Không mở được nhật ký %1: có thư mục trùng tên.</translation>
    </message>
    <message>
        <source>Move or rename that folder, or start lazpack with another --data-dir.</source>
        <translation>Di chuyển hoặc đổi tên thư mục đó, hoặc chạy lazpack với --data-dir khác.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: the data folder is read-only.</source>
        <translation>Không ghi được nhật ký %1: thư mục dữ liệu chỉ đọc.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2.</source>
        <translation>Không mở được nhật ký %1: %2.</translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging (mode %2).</source>
        <translation>Nhật ký %1 không dùng được write-ahead logging (chế độ %2).</translation>
    </message>
    <message>
        <source>Keep the data folder on a local disk, not a network share.</source>
        <translation>Để thư mục dữ liệu trên ổ đĩa cục bộ, không phải ổ mạng.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and cannot be moved aside: %2.</source>
        <translation>Nhật ký %1 bị hỏng và không thể dời đi: %2.</translation>
    </message>
    <message>
        <source>Move the file away by hand, then start lazpack again.</source>
        <translation>Tự di chuyển tệp đi, rồi khởi động lại lazpack.</translation>
    </message>
</context>
<context>
    <name>JournalViews</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>S&amp;tats</source>
        <translation>&amp;Thống kê</translation>
    </message>
</context>
<context>
    <name>Journaled</name>
    <message>
        <source>no rows in the answer</source>
        <translation>không có dòng nào trong câu trả lời</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>Something went wrong.</source>
        <extracomment>Short, plain-language message for the status bar / banner.</extracomment>
        <translation>Đã có lỗi xảy ra.</translation>
    </message>
    <message>
        <source>Lazada refused the request.</source>
        <extracomment>What to do next.</extracomment>
        <translation>Lazada từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>The shop&apos;s authorization is no longer valid.</source>
        <translation>Ủy quyền của cửa hàng không còn hiệu lực.</translation>
    </message>
    <message>
        <source>Reconnect the shop (Shops → Reconnect).</source>
        <translation>Kết nối lại cửa hàng (Cửa hàng → Kết nối lại).</translation>
    </message>
    <message>
        <source>The access token is invalid or expired.</source>
        <translation>Access token không hợp lệ hoặc đã hết hạn.</translation>
    </message>
    <message>
        <source>The refresh token is invalid or expired; the shop must be authorized again.</source>
        <translation>Refresh token không hợp lệ hoặc đã hết hạn; cần ủy quyền lại cửa hàng.</translation>
    </message>
    <message>
        <source>The authorization code is invalid, used or expired (codes last 30 minutes).</source>
        <translation>Mã ủy quyền không hợp lệ, đã dùng hoặc hết hạn (mã có hiệu lực 30 phút).</translation>
    </message>
    <message>
        <source>Start the authorization again.</source>
        <translation>Bắt đầu ủy quyền lại.</translation>
    </message>
    <message>
        <source>This app can only be authorized through the Service Market.</source>
        <translation>Ứng dụng này chỉ được ủy quyền qua Service Market.</translation>
    </message>
    <message>
        <source>Lazada rejected the request signature.</source>
        <translation>Lazada từ chối chữ ký của yêu cầu.</translation>
    </message>
    <message>
        <source>Check the app key and app secret in the shop settings.</source>
        <translation>Kiểm tra app key và app secret trong cài đặt cửa hàng.</translation>
    </message>
    <message>
        <source>Lazada is rate-limiting this app; waiting before trying again.</source>
        <translation>Lazada đang giới hạn tần suất ứng dụng này; đang chờ trước khi thử lại.</translation>
    </message>
    <message>
        <source>Lazada did not answer in time.</source>
        <translation>Lazada không trả lời kịp.</translation>
    </message>
    <message>
        <source>lazpack retries automatically; check the network if this persists.</source>
        <translation>lazpack tự động thử lại; nếu vẫn lỗi, hãy kiểm tra mạng.</translation>
    </message>
    <message>
        <source>No connection to Lazada.</source>
        <translation>Không kết nối được Lazada.</translation>
    </message>
    <message>
        <source>Check the station&apos;s network connection.</source>
        <translation>Kiểm tra kết nối mạng của trạm.</translation>
    </message>
    <message>
        <source>Lazada sent an answer lazpack cannot read.</source>
        <translation>Lazada gửi câu trả lời mà lazpack không đọc được.</translation>
    </message>
    <message>
        <source>Nothing was changed locally; try again. Report it if it keeps happening.</source>
        <translation>Không có gì thay đổi trên máy; hãy thử lại. Báo lại nếu vẫn xảy ra.</translation>
    </message>
    <message>
        <source>Lazada says the seller account is not verified or not active.</source>
        <translation>Lazada báo tài khoản người bán chưa xác minh hoặc chưa hoạt động.</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last action.</source>
        <translation>Lazada có thể đã hoặc chưa áp dụng thao tác cuối.</translation>
    </message>
    <message>
        <source>lazpack checks the order at Lazada before doing anything else.</source>
        <translation>lazpack kiểm tra đơn trên Lazada trước khi làm gì khác.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Chưa chọn gì.</translation>
    </message>
    <message>
        <source>Select at least one package or order first.</source>
        <translation>Chọn ít nhất một kiện hàng hoặc đơn hàng trước.</translation>
    </message>
    <message>
        <source>A reason is required for a failed delivery.</source>
        <translation>Cần lý do cho lần giao thất bại.</translation>
    </message>
    <message>
        <source>Pick a reason from the list or type one.</source>
        <translation>Chọn lý do trong danh sách hoặc tự nhập.</translation>
    </message>
    <message>
        <source>These labels were printed already.</source>
        <translation>Các phiếu giao hàng này đã được in.</translation>
    </message>
    <message>
        <source>Confirm the reprint; a second label on a parcel confuses the courier.</source>
        <translation>Hãy xác nhận in lại; hai phiếu trên một gói hàng làm đơn vị vận chuyển nhầm lẫn.</translation>
    </message>
    <message>
        <source>Labels printed already: %1.</source>
        <translation>Phiếu đã in: %1.</translation>
    </message>
    <message>
        <source>This label was voided (the package was re-created).</source>
        <translation>Phiếu này đã bị hủy (kiện hàng đã được tạo lại).</translation>
    </message>
    <message>
        <source>Print the label of the new package instead.</source>
        <translation>Hãy in phiếu của kiện hàng mới.</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order.</source>
        <translation>Lazada không có đơn vị vận chuyển cho đơn này.</translation>
    </message>
    <message>
        <source>Check the order in Seller Center; it cannot be packed from the station yet.</source>
        <translation>Kiểm tra đơn trong Seller Center; chưa thể đóng gói từ trạm.</translation>
    </message>
    <message>
        <source>The label printer is not available.</source>
        <translation>Máy in phiếu không sẵn sàng.</translation>
    </message>
    <message>
        <source>Check that it is switched on, or choose another printer.</source>
        <translation>Kiểm tra máy đã bật, hoặc chọn máy in khác.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so shop secrets cannot be stored.</source>
        <translation>Không dùng được kho khóa của hệ thống nên không lưu được bí mật cửa hàng.</translation>
    </message>
    <message>
        <source>The local journal could not be written.</source>
        <translation>Không ghi được nhật ký cục bộ.</translation>
    </message>
    <message>
        <source>Check free disk space and permissions of the data folder.</source>
        <translation>Kiểm tra dung lượng trống và quyền của thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>The local journal cannot be opened.</source>
        <translation>Không mở được nhật ký cục bộ.</translation>
    </message>
    <message>
        <source>Update lazpack on this station, or start it with another --data-dir.</source>
        <translation>Cập nhật lazpack trên trạm này, hoặc chạy với --data-dir khác.</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>Đóng cửa sổ lazpack hoặc công cụ khác đang dùng thư mục dữ liệu này rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk holding the local journal is full.</source>
        <translation>Ổ đĩa chứa nhật ký cục bộ đã đầy.</translation>
    </message>
    <message>
        <source>Free some disk space (or move the data folder), then try again.</source>
        <translation>Giải phóng dung lượng (hoặc dời thư mục dữ liệu) rồi thử lại.</translation>
    </message>
    <message>
        <source>The shop authorization did not complete.</source>
        <translation>Ủy quyền cửa hàng chưa hoàn tất.</translation>
    </message>
    <message>
        <source>Click Authorize again and finish the consent page in the browser.</source>
        <translation>Bấm Authorize lại và hoàn tất trang đồng ý trong trình duyệt.</translation>
    </message>
    <message>
        <source>This shop is disconnected and must be authorized again.</source>
        <translation>Cửa hàng này đã ngắt kết nối và cần ủy quyền lại.</translation>
    </message>
    <message>
        <source>The label file cannot be read.</source>
        <translation>Không đọc được tệp phiếu giao hàng.</translation>
    </message>
    <message>
        <source>Fetch the label again (Reprint); lazpack discards the damaged copy.</source>
        <translation>Lấy lại phiếu (In lại); lazpack bỏ bản bị hỏng.</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <source>%1 Choose the printer for this label:</source>
        <translation>%1 Chọn máy in cho phiếu này:</translation>
    </message>
</context>
<context>
    <name>LabelPrintOptions</name>
    <message>
        <source>Labels</source>
        <extracomment>Windows and macOS show their native dialog, which has no room for the label options: there the defaults apply (always print here, use the label size; a printer chosen to rescue a failed label is never saved); Station → Settings → Label printer changes them.</extracomment>
        <translation>Phiếu giao hàng</translation>
    </message>
    <message>
        <source>Always print labels here without asking</source>
        <translation>Luôn in phiếu ở đây, không hỏi lại</translation>
    </message>
    <message>
        <source>Use the label size (%1)</source>
        <translation>Dùng cỡ phiếu (%1)</translation>
    </message>
    <message>
        <source>Print on the printer&apos;s own paper (label scaled to fit)</source>
        <translation>In trên giấy của máy in (thu nhỏ phiếu cho vừa)</translation>
    </message>
    <message>
        <source>If the printer&apos;s paper is not the label&apos;s size:</source>
        <translation>Nếu giấy của máy in không đúng cỡ phiếu:</translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <source>Unknown label paper %1.</source>
        <extracomment>Thermal label printers print at 203 dpi; PDF output uses it so a saved label prints 1:1. Above this the raster only costs time: no label printer resolves finer. Answers to &quot;the printer&apos;s page does not match the label&quot;, remembered per printer. Page sizes within this many millimetres count as the same paper.</extracomment>
        <translation>Khổ giấy phiếu không rõ: %1.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Chọn một trong: %1.</translation>
    </message>
    <message>
        <source>Unknown orientation %1.</source>
        <translation>Hướng giấy không rõ: %1.</translation>
    </message>
    <message>
        <source>Use portrait or landscape.</source>
        <translation>Dùng dọc hoặc ngang.</translation>
    </message>
    <message>
        <source>The label file cannot be read (%1).</source>
        <translation>Không đọc được tệp phiếu (%1).</translation>
    </message>
    <message>
        <source>The label printer “%1” was not found.</source>
        <translation>Không tìm thấy máy in phiếu “%1”.</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. Choose another printer in Settings → Printer, or print with the system dialog. Available: %1.</source>
        <translation>Có thể đã rút, đổi tên hoặc gỡ bỏ. Chọn máy in khác trong Cài đặt → Máy in, hoặc in qua hộp thoại hệ thống. Hiện có: %1.</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. No printers are installed; print with the system dialog or save the labels as PDF.</source>
        <translation>Có thể đã rút, đổi tên hoặc gỡ bỏ. Không có máy in nào được cài; hãy in qua hộp thoại hệ thống hoặc lưu phiếu thành PDF.</translation>
    </message>
    <message>
        <source>The label printer “%1” reports an error (offline or out of labels).</source>
        <translation>Máy in phiếu “%1” báo lỗi (ngoại tuyến hoặc hết giấy).</translation>
    </message>
    <message>
        <source>Check that it is switched on, connected and loaded, or choose another printer.</source>
        <translation>Kiểm tra máy đã bật, đã kết nối và có giấy, hoặc chọn máy in khác.</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Tệp PDF</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to portrait in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>“%1” dùng %2 × %3 mm, phiếu bị xoay ngang. Sửa: đặt hướng dọc trong Cài đặt → Máy in hoặc trong cài đặt riêng của máy in.</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to landscape in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>“%1” dùng %2 × %3 mm, phiếu bị xoay ngang. Sửa: đặt hướng ngang trong Cài đặt → Máy in hoặc trong cài đặt riêng của máy in.</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm paper but the label is %4 × %5 mm, so it prints at %6 size. Fix: set the paper size to %4 × %5 mm in the printer&apos;s settings (Printers → Preferences), or pick the paper it really has in Settings → Printer.</source>
        <translation>“%1” dùng giấy %2 × %3 mm nhưng phiếu là %4 × %5 mm, nên in ra cỡ %6. Sửa: đặt khổ giấy %4 × %5 mm trong cài đặt máy in (Máy in → Tùy chọn), hoặc chọn đúng loại giấy đang có trong Cài đặt → Máy in.</translation>
    </message>
    <message>
        <source>“%1” adds margins (%2 mm), which shrink the label. Fix: set the margins to 0 / borderless in the printer&apos;s settings.</source>
        <translation>“%1” thêm lề (%2 mm) làm phiếu nhỏ lại. Sửa: đặt lề 0 / không viền trong cài đặt máy in.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <source>The print job could not be started on “%1”.</source>
        <translation>Không bắt đầu được lệnh in trên “%1”.</translation>
    </message>
    <message>
        <source>Check the printer, or choose another; the labels are kept and can be printed again.</source>
        <translation>Kiểm tra máy in hoặc chọn máy khác; phiếu vẫn được giữ và in lại được.</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>Máy in ngừng nhận trang.</translation>
    </message>
    <message>
        <source>Check the printer; then print the labels again.</source>
        <translation>Kiểm tra máy in rồi in lại phiếu.</translation>
    </message>
    <message>
        <source>“%1” failed while printing.</source>
        <translation>“%1” lỗi khi đang in.</translation>
    </message>
    <message>
        <source>The printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Check the printer (paper, cover, cable); then print the labels again.</source>
        <translation>Kiểm tra máy in (giấy, nắp, cáp) rồi in lại phiếu.</translation>
    </message>
    <message>
        <source>No label printer is set.</source>
        <translation>Chưa đặt máy in phiếu.</translation>
    </message>
    <message>
        <source>Choose one in Settings → Printer, or print with the system dialog.</source>
        <translation>Chọn trong Cài đặt → Máy in, hoặc in qua hộp thoại hệ thống.</translation>
    </message>
</context>
<context>
    <name>LabelService</name>
    <message>
        <source>The label of package %1 was voided.</source>
        <extracomment>package id → prints so far, including this one where ``print_label`` sends jobs; the UI sets it from the printer settings</extracomment>
        <translation>Phiếu của kiện %1 đã bị hủy.</translation>
    </message>
    <message>
        <source>Lazada&apos;s label link expired twice in a row.</source>
        <translation>Liên kết phiếu của Lazada hết hạn hai lần liên tiếp.</translation>
    </message>
    <message>
        <source>Check the station&apos;s clock and network, then print again.</source>
        <translation>Kiểm tra đồng hồ và mạng của trạm rồi in lại.</translation>
    </message>
    <message>
        <source>PrintAWB answered without a label link for %1.</source>
        <translation>PrintAWB trả lời mà không có liên kết phiếu cho %1.</translation>
    </message>
    <message>
        <source>The label of %1 is not a PDF.</source>
        <translation>Phiếu của %1 không phải PDF.</translation>
    </message>
    <message>
        <source>AWB ×%1</source>
        <translation>AWB ×%1</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>Chưa chọn máy in phiếu.</translation>
    </message>
    <message>
        <source>Set a label printer in Settings → Printer, or print with the dialog.</source>
        <translation>Đặt máy in phiếu trong Cài đặt → Máy in, hoặc in qua hộp thoại.</translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <source>The label folder %1 cannot be created: %2</source>
        <translation>Không tạo được thư mục phiếu %1: %2</translation>
    </message>
    <message>
        <source>The label of package %1 cannot be saved: %2</source>
        <translation>Không lưu được phiếu của kiện %1: %2</translation>
    </message>
    <message>
        <source>The label print record cannot be written: %1</source>
        <translation>Không ghi được bản ghi in phiếu: %1</translation>
    </message>
    <message>
        <source>The label print records cannot be read: %1</source>
        <translation>Không đọc được bản ghi in phiếu: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>PC language (%1)</source>
        <translation>Ngôn ngữ của máy (%1)</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>The redirect URI is not a loopback address (http://127.0.0.1:PORT/…).</source>
        <translation>Redirect URI không phải địa chỉ loopback (http://127.0.0.1:PORT/…).</translation>
    </message>
    <message>
        <source>Paste the address from the browser instead.</source>
        <translation>Hãy dán địa chỉ từ trình duyệt.</translation>
    </message>
    <message>
        <source>Port %1 on this PC is busy, so lazpack cannot receive the answer.</source>
        <translation>Cổng %1 trên máy này đang bận nên lazpack không nhận được trả lời.</translation>
    </message>
    <message>
        <source>Close the program using it, or paste the address from the browser.</source>
        <translation>Đóng chương trình đang dùng cổng, hoặc dán địa chỉ từ trình duyệt.</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Không phải ở đây</translation>
    </message>
    <message>
        <source>lazpack only expects the Lazada redirect.</source>
        <translation>lazpack chỉ chờ lượt chuyển hướng từ Lazada.</translation>
    </message>
    <message>
        <source>This answer does not belong to lazpack&apos;s current authorization</source>
        <translation>Câu trả lời này không thuộc lần ủy quyền hiện tại của lazpack</translation>
    </message>
    <message>
        <source>Go back to lazpack and click Authorize again if needed.</source>
        <translation>Quay lại lazpack và bấm Authorize lại nếu cần.</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Bạn có thể đóng tab này.</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Lazada không cấp quyền cho cửa hàng: %1</translation>
    </message>
    <message>
        <source>Authorization was not given</source>
        <translation>Chưa cấp quyền</translation>
    </message>
    <message>
        <source>No authorization code</source>
        <translation>Không có mã ủy quyền</translation>
    </message>
    <message>
        <source>Click Authorize again in lazpack.</source>
        <translation>Bấm Authorize lại trong lazpack.</translation>
    </message>
    <message>
        <source>The shop is being connected to lazpack</source>
        <translation>Đang kết nối cửa hàng với lazpack</translation>
    </message>
    <message>
        <source>You can close this tab and go back to lazpack.</source>
        <translation>Bạn có thể đóng tab này và quay lại lazpack.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Trực tuyến</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Ngoại tuyến</translation>
    </message>
    <message>
        <source>● Rate limited</source>
        <translation>● Bị giới hạn</translation>
    </message>
    <message>
        <source>● Shop authorization needed</source>
        <translation>● Cần ủy quyền cửa hàng</translation>
    </message>
    <message>
        <source>● Sync error</source>
        <translation>● Lỗi đồng bộ</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>room for a window&apos;s title bar and frame around its client area (see ``fit_to_screen``) Tab bar order; None is &quot;All&quot;.</extracomment>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>lazpack — DEMO shop</source>
        <translation>lazpack — cửa hàng DEMO</translation>
    </message>
    <message>
        <source>DEMO — simulated orders. Nothing here reaches a real shop.</source>
        <extracomment>keys the window&apos;s packing actions own even while the field has focus the status bar&apos;s Reconnect button: open Station → Shops…</extracomment>
        <translation>DEMO — đơn hàng giả lập. Không có gì đến cửa hàng thật.</translation>
    </message>
    <message>
        <source>Scan an order, AWB or item barcode (F2)</source>
        <translation>Quét đơn hàng, phiếu giao hàng hoặc mã vạch sản phẩm (F2)</translation>
    </message>
    <message>
        <source>Search: order, SKU, item, tracking, customer (Ctrl+F)</source>
        <translation>Tìm: đơn, SKU, sản phẩm, vận đơn, khách (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the orders of one shop (Ctrl+Shift+F)</source>
        <translation>Xem đơn của một cửa hàng (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source>Syncing %v / %m</source>
        <translation>Đang đồng bộ %v / %m</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <extracomment>on a warehouse database: which station talks to Lazada for the shops</extracomment>
        <translation>Kết nối lại…</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Trạm</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Packing</source>
        <translation>Đóng &amp;gói</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>Trạm đóng gói</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đi đế&amp;n</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>Ô quét</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Filter by shop</source>
        <translation>Lọc theo cửa hàng</translation>
    </message>
    <message>
        <source>Orders list</source>
        <translation>Danh sách đơn</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Tab tiếp theo</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Tab trước</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ g&amp;iúp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Người đóng gói: %1</translation>
    </message>
    <message>
        <source>No packer — scan your card</source>
        <translation>Chưa có người đóng gói — quét thẻ của bạn</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Tất cả cửa hàng</translation>
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
        <translation>trạm này</translation>
    </message>
    <message>
        <source>Lazada sync: %1</source>
        <translation>Đồng bộ Lazada: %1</translation>
    </message>
    <message>
        <source>One station of the warehouse talks to Lazada for each shop; the others read the orders it synced from the warehouse database.</source>
        <translation>Một trạm của kho làm việc với Lazada cho mỗi cửa hàng; các trạm khác đọc các đơn hàng trạm đó đã đồng bộ từ cơ sở dữ liệu kho.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 (%2)</source>
        <translation>Đồng bộ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OrderBatchReport</name>
    <message>
        <source>%1 of %2 orders done, %3 failed</source>
        <extracomment>The step a digital-only order reaches (it has no pack, label or ready to ship).</extracomment>
        <translation>Xong %1 / %2 đơn, %3 lỗi</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>To pack</source>
        <extracomment>The tabs the window shows, in order, with the packer&apos;s words for them.</extracomment>
        <translation>Chờ đóng gói</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Đã đóng gói</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Sẵn sàng giao</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>Người bán tự giao</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Có vấn đề</translation>
    </message>
    <message>
        <source>Digital</source>
        <extracomment>Item statuses the full sync fetches: everything a work tab can show. a parcel that came to grief on the way: a person must act (redeliver, return, claim) &quot;2× MUG, CAP&quot;, built once per row: the list shows and sorts by it</extracomment>
        <translation>Kỹ thuật số</translation>
    </message>
    <message>
        <source>DBS</source>
        <translation>DBS</translation>
    </message>
    <message>
        <source>Cross-border</source>
        <translation>Xuyên biên giới</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
</context>
<context>
    <name>OrderClaims</name>
    <message>
        <source>%1 s ago</source>
        <extracomment>A claim lives this long without a heartbeat: a dead station&apos;s orders are free after it. Heartbeats per lease: two may be missed before the lease runs out.</extracomment>
        <translation>%1 giây trước</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 phút trước</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 giờ trước</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2 by %3, %4.</source>
        <translation>Đơn %1 đang được %3 đóng gói tại %2, %4.</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2, %3.</source>
        <translation>Đơn %1 đang được đóng gói tại %2, %3.</translation>
    </message>
    <message>
        <source>packing</source>
        <extracomment>The journal&apos;s write actions as a packer reads them (&quot;left mid-%2&quot;); an unknown one shows as its code rather than nothing.</extracomment>
        <translation>đóng gói</translation>
    </message>
    <message>
        <source>ready-to-ship</source>
        <translation>sẵn sàng giao</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>đóng gói lại</translation>
    </message>
    <message>
        <source>label printing</source>
        <translation>in phiếu</translation>
    </message>
    <message>
        <source>delivery confirmation</source>
        <translation>xác nhận đã giao</translation>
    </message>
    <message>
        <source>failed-delivery report</source>
        <translation>báo giao thất bại</translation>
    </message>
    <message>
        <source>digital delivery</source>
        <translation>giao sản phẩm số</translation>
    </message>
    <message>
        <source>Scan another order, or take this one over if that station has stopped.</source>
        <extracomment>called after this station claimed, released or lost an order (the list refreshes)</extracomment>
        <translation>Quét đơn khác, hoặc nhận đơn này về trạm mình nếu trạm kia đã ngừng.</translation>
    </message>
    <message>
        <source>Order %1 was left mid-%2 by another station and Lazada could not be asked yet what happened.</source>
        <translation>Một trạm khác bỏ dở đơn %1 giữa bước %2 và chưa hỏi được Lazada chuyện gì đã xảy ra.</translation>
    </message>
    <message>
        <source>Scan the order again in a moment.</source>
        <translation>Chờ một lát rồi quét lại đơn.</translation>
    </message>
    <message>
        <source>A take-over needs a reason (it is kept in the journal).</source>
        <translation>Nhận đơn về cần có lý do (được lưu trong nhật ký).</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Qty</source>
        <extracomment>Buyer text (notes, gift messages) longer than this is cut in the panel; the whole text is in the details tooltip. how wide the Package column may get: a package id&apos;s head and tail (&quot;FP0…54433&quot;), whole in the tooltip Lines of the order details the panel shows at most (never taller than the screen). the order now shown (an ``OrderRow``, or None): side panels follow it (packing video)</extracomment>
        <translation>SL</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Kiện hàng</translation>
    </message>
    <message>
        <source>No order selected</source>
        <extracomment>verification progress of the order open at the scan station (per SKU)</extracomment>
        <translation>Chưa chọn đơn hàng</translation>
    </message>
    <message>
        <source>Select an order in the list or scan it.</source>
        <translation>Chọn một đơn trong danh sách hoặc quét nó.</translation>
    </message>
    <message>
        <source>Reprint label (Ctrl+P)</source>
        <translation>In lại phiếu (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preview label (Ctrl+Shift+V)</source>
        <translation>Xem trước phiếu (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Repack… (Ctrl+Shift+R)</source>
        <translation>Đóng gói lại… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Đơn hàng %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>DIGITAL — no parcel; deliver with Ctrl+Shift+D</source>
        <translation>KỸ THUẬT SỐ — không có gói hàng; giao bằng Ctrl+Shift+D</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n cái</numerusform>
        </translation>
    </message>
    <message>
        <source>GIFT: %1</source>
        <translation>QUÀ TẶNG: %1</translation>
    </message>
    <message>
        <source>GIFT</source>
        <translation>QUÀ TẶNG</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Kiện hàng %1</translation>
    </message>
    <message>
        <source>Tracking %1</source>
        <translation>Vận đơn %1</translation>
    </message>
</context>
<context>
    <name>OrderPipeline</name>
    <message>
        <source>%1 (1 item)</source>
        <extracomment>Tells the packer (through the service&apos;s listeners) what a step did. item statuses of a parcel that has left the station for good the order&apos;s other parcels: (package id or tracking number, number of live rows) why nothing can be packed from this scan (&quot;&quot; when something can)</extracomment>
        <translation>%1 (1 sản phẩm)</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation>%1 (%2 sản phẩm)</translation>
    </message>
    <message>
        <source> Only this parcel is checked; other parcels of the order: %1.</source>
        <translation> Chỉ kiểm gói hàng này; các gói hàng khác của đơn: %1.</translation>
    </message>
    <message>
        <source>not packed yet</source>
        <translation>chưa đóng gói</translation>
    </message>
    <message>
        <source>Order %1 has only digital items: nothing to pack. Deliver them at Lazada (Packing → Deliver digital items, Ctrl+Shift+D).</source>
        <translation>Đơn %1 chỉ có sản phẩm số: không có gì để đóng gói. Giao chúng qua Lazada (Đóng gói → Giao sản phẩm số, Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Parcel %1 of order %2 has already shipped (%3): nothing to pack.</source>
        <translation>Gói hàng %1 của đơn %2 đã được gửi đi (%3): không có gì để đóng gói.</translation>
    </message>
    <message>
        <source>Order %1 has already shipped (%2): nothing to pack.</source>
        <translation>Đơn %1 đã được gửi đi (%2): không có gì để đóng gói.</translation>
    </message>
    <message numerus="yes">
        <source> %n item(s) stay pending.</source>
        <translation>
            <numerusform> %n sản phẩm vẫn chờ đóng gói.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 packed (%2).%3</source>
        <translation>Đã đóng gói đơn %1 (%2).%3</translation>
    </message>
    <message>
        <source>Order %1 was not changed: %2 (no items came back as the station knows them), so nothing was sent.</source>
        <extracomment>the state the running step is heading for (the next-action text while working)</extracomment>
        <translation>Đơn %1 không thay đổi: %2 (sản phẩm trả về không khớp với những gì trạm biết), nên không gửi gì.</translation>
    </message>
    <message>
        <source>Scan DONE to read the order again.</source>
        <translation>Quét DONE để đọc lại đơn.</translation>
    </message>
    <message>
        <source>Label printed. Scan it on the parcel to confirm.</source>
        <translation>Đã in phiếu. Quét phiếu trên gói hàng để xác nhận.</translation>
    </message>
    <message>
        <source>Lazada did not %1.</source>
        <translation>Lazada không %1.</translation>
    </message>
    <message>
        <source>Scan %1 to try again.</source>
        <translation>Quét %1 để thử lại.</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last %1 of order %2 and cannot be checked right now (%3).</source>
        <translation>Lazada có thể đã hoặc chưa áp dụng %1 cuối của đơn %2 và hiện không kiểm tra được (%3).</translation>
    </message>
    <message>
        <source>Nothing is sent until it can be checked; scan DONE to check again.</source>
        <translation>Không gửi gì cho đến khi kiểm tra được; quét DONE để kiểm tra lại.</translation>
    </message>
    <message>
        <source>Part of order %1 is still packed from the refused attempt (%2); it is undone before the rest is packed, so the order ships in one parcel.</source>
        <translation>Một phần đơn %1 vẫn còn đóng gói từ lần bị từ chối (%2); phần đó được hoàn tác trước khi đóng gói phần còn lại, để đơn giao trong một gói hàng.</translation>
    </message>
    <message>
        <source>Scan DONE to try again.</source>
        <translation>Quét DONE để thử lại.</translation>
    </message>
    <message>
        <source>Order %1 changed at Lazada: </source>
        <translation>Đơn %1 đã thay đổi trên Lazada: </translation>
    </message>
    <message>
        <source>Take canceled items out of the parcel and scan CANCEL, or pack the rest with PARTIAL after undoing them.</source>
        <translation>Lấy sản phẩm đã hủy ra khỏi gói hàng và quét CANCEL, hoặc đóng gói phần còn lại bằng PARTIAL sau khi lấy ra.</translation>
    </message>
    <message>
        <source>Order %1 is already packed.</source>
        <translation>Đơn %1 đã được đóng gói.</translation>
    </message>
    <message>
        <source> The packed part was undone so the order ships in one parcel.</source>
        <translation> Phần đã đóng gói được hoàn tác để đơn giao trong một gói hàng.</translation>
    </message>
    <message>
        <source> Part of it is packed in %1.</source>
        <translation> Một phần đã được đóng gói trong %1.</translation>
    </message>
    <message>
        <source>Lazada did not pack order %1: %2.%3</source>
        <translation>Lazada không đóng gói đơn %1: %2.%3</translation>
    </message>
    <message>
        <source> The part Lazada packed was undone so the order ships in one parcel.</source>
        <translation> Phần Lazada đã đóng gói được hoàn tác để đơn giao trong một gói hàng.</translation>
    </message>
    <message>
        <source> Part of it is packed in %1; that is undone first.</source>
        <translation> Một phần đã đóng gói trong %1; phần đó được hoàn tác trước.</translation>
    </message>
    <message>
        <source>Lazada did not pack all of order %1 (its answer was lost and the order is still to pack).%2</source>
        <translation>Lazada chưa đóng gói hết đơn %1 (mất câu trả lời và đơn vẫn chờ đóng gói).%2</translation>
    </message>
    <message>
        <source>Order %1 has no package to print a label for.</source>
        <translation>Đơn %1 không có kiện hàng để in phiếu.</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>đã in lại</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>đã in</translation>
    </message>
    <message>
        <source>Label for order %1 %2.</source>
        <translation>Phiếu của đơn %1 %2.</translation>
    </message>
    <message>
        <source>Order %1 cannot be set ready to ship: </source>
        <translation>Không đặt được đơn %1 sẵn sàng giao: </translation>
    </message>
    <message>
        <source>set order %1 ready to ship (its answer was lost and the package is still packed)</source>
        <translation>đặt đơn %1 sẵn sàng giao (mất câu trả lời và kiện vẫn ở trạng thái đã đóng gói)</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship.</source>
        <translation>Đơn %1 đã sẵn sàng giao.</translation>
    </message>
    <message>
        <source>Lazada did not set order %1 ready to ship: %2</source>
        <translation>Lazada không đặt đơn %1 sẵn sàng giao: %2</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship (%2).</source>
        <translation>Đơn %1 đã sẵn sàng giao (%2).</translation>
    </message>
    <message>
        <source>recreate the package of order %1</source>
        <translation>tạo lại kiện hàng của đơn %1</translation>
    </message>
    <message>
        <source>Lazada did not recreate the package of order %1: %2</source>
        <translation>Lazada không tạo lại kiện hàng của đơn %1: %2</translation>
    </message>
    <message>
        <source>Package %1 recreated: its label is void. Scan DONE to pack again.</source>
        <translation>Đã tạo lại kiện %1: phiếu cũ bị hủy. Quét DONE để đóng gói lại.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hôm qua</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ cancel requested</source>
        <translation>⚠ yêu cầu hủy</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Texts the search index keeps results for (a few searches&apos; worth of keystrokes). Up to this many changed rows are merged in place; more (a full sync page) re-sort.</extracomment>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Vận chuyển</translation>
    </message>
    <message>
        <source>Package / tracking</source>
        <translation>Kiện / vận đơn</translation>
    </message>
    <message>
        <source>Packing at</source>
        <translation>Đang đóng gói tại</translation>
    </message>
    <message>
        <source>This station</source>
        <extracomment>{Tab: count} after every change of the book. The search index: text → visible positions for the current tab, shop and row order (cleared when any of them changes). A keystroke narrows the longest cached text it contains instead of all rows; backspacing is a lookup. a warehouse&apos;s live order claims (who packs what), and this station&apos;s id</extracomment>
        <translation>Trạm này</translation>
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
        <translation>Thu hộ (COD): đơn vị vận chuyển thu tiền</translation>
    </message>
</context>
<context>
    <name>PackBatchDialog</name>
    <message>
        <source>local</source>
        <extracomment>The batch service&apos;s order groups (``Group`` values), as the packer reads them.</extracomment>
        <translation>nội địa</translation>
    </message>
    <message>
        <source>cross-border</source>
        <translation>xuyên biên giới</translation>
    </message>
    <message>
        <source>delivered by seller</source>
        <translation>người bán tự giao</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>số</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: xong %2/%3</translation>
    </message>
    <message>
        <source>%1, %2 failed</source>
        <translation>%1, %2 lỗi</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Kiện hàng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>chưa gửi gì</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>đã đóng gói</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>đã in phiếu</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>đã giao</translation>
    </message>
    <message>
        <source>Pack &amp; ship — results</source>
        <translation>Đóng gói và giao — kết quả</translation>
    </message>
    <message>
        <source>&amp;Retry failed orders</source>
        <translation>&amp;Thử lại các đơn lỗi</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED (retry possible)</source>
        <translation>LỖI (có thể thử lại)</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>LỖI</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n can be retried (R).</source>
        <translation>
            <numerusform>%1 Có thể thử lại %n (R).</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1: done.</source>
        <translation>Đơn %1: xong.</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry can help:</source>
        <translation>Đơn %1 lỗi; thử lại có thể được:</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry cannot help as is:</source>
        <translation>Đơn %1 lỗi; thử lại như vậy sẽ không được:</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n order(s)…</source>
        <translation>
            <numerusform>Đang thử lại %n đơn…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retry failed: %2</source>
        <translation>%1 Thử lại thất bại: %2</translation>
    </message>
</context>
<context>
    <name>PackContext</name>
    <message>
        <source>Lazada answered with no items for it</source>
        <translation>Lazada trả lời mà không có sản phẩm nào</translation>
    </message>
    <message>
        <source>Lazada answered with item rows that have no id</source>
        <translation>Lazada trả lời với các dòng sản phẩm không có id</translation>
    </message>
    <message>
        <source>Lazada answered with items of another order</source>
        <translation>Lazada trả lời với sản phẩm của đơn khác</translation>
    </message>
    <message numerus="yes">
        <source>Lazada&apos;s answer leaves out %n of its items</source>
        <translation>
            <numerusform>câu trả lời của Lazada thiếu %n sản phẩm của đơn</numerusform>
        </translation>
    </message>
    <message>
        <source>A shipment provider must be chosen for this order.</source>
        <extracomment>Asked when the shop must pick a shipment provider (``provider_choice == &quot;ask&quot;`` or no saved choice): returns the chosen ``provider_code`` or None when the packer declined. (shop_id, order_id) -&gt; packages of a partly refused Pack whose undo has not succeeded yet: settled before the order is packed again (one parcel per order) (shop_id, order_id) -&gt; the ``shipping_allocate_type`` GetShipmentProvider answered for the order (TFS local, NTFS cross-border): a batch groups by it before asking</extracomment>
        <translation>Cần chọn đơn vị vận chuyển cho đơn này.</translation>
    </message>
    <message>
        <source>Pick one in the provider dialog, or save one for the shop in Settings.</source>
        <translation>Chọn trong hộp thoại đơn vị vận chuyển, hoặc lưu một đơn vị cho cửa hàng trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Starting — checking unfinished work…</source>
        <translation>Đang khởi động — kiểm tra việc dở dang…</translation>
    </message>
    <message>
        <source>lazpack is still checking the last session with Lazada; scan again in a moment.</source>
        <translation>lazpack vẫn đang kiểm tra phiên trước với Lazada; quét lại sau giây lát.</translation>
    </message>
    <message>
        <source>Reprint cancelled.</source>
        <translation>Đã hủy in lại.</translation>
    </message>
    <message>
        <source>Repack cancelled.</source>
        <translation>Đã hủy đóng gói lại.</translation>
    </message>
    <message>
        <source>Select orders in the list first.</source>
        <translation>Chọn đơn trong danh sách trước.</translation>
    </message>
    <message numerus="yes">
        <source>Packing and shipping %n order(s)…</source>
        <translation>
            <numerusform>Đang đóng gói và giao %n đơn…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>Order %1 has nothing to pack (its items are canceled, shipped, digital or unpaid).</source>
        <extracomment>for UNKNOWN: the SKUs of the open order this barcode could be linked to Item statuses a packer can still work on at the station. Later ones (shipped...) and canceled rows are shown nowhere in the session: they are not in the parcel.</extracomment>
        <translation>Đơn %1 không có gì để đóng gói (sản phẩm đã hủy, đã gửi, là hàng số hoặc chưa thanh toán).</translation>
    </message>
    <message>
        <source>There is no item scan to undo.</source>
        <translation>Không có lần quét sản phẩm nào để hoàn tác.</translation>
    </message>
    <message>
        <source>The saved packing session cannot be restored (%1).</source>
        <translation>Không khôi phục được phiên đóng gói đã lưu (%1).</translation>
    </message>
    <message>
        <source>Open the order again; its state at Lazada is unchanged.</source>
        <translation>Mở lại đơn; trạng thái trên Lazada không đổi.</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>Scan an order or AWB</source>
        <extracomment>a scanned order has only digital items: offer DeliverDigital for it (the key) &quot;open another order?&quot; while one is being packed (a list pick, never a scan) False until start-up recovery ran: no scan or batch may write before it</extracomment>
        <translation>Quét đơn hàng hoặc phiếu giao hàng</translation>
    </message>
    <message>
        <source>Ready to ship ✓ — scan the next order</source>
        <translation>Sẵn sàng giao ✓ — quét đơn tiếp theo</translation>
    </message>
    <message>
        <source>Packing…</source>
        <extracomment>(flash, settled tint, text) per severity; light palette then dark palette kinds after which the service goes on by itself when the policy reaches that step</extracomment>
        <translation>Đang đóng gói…</translation>
    </message>
    <message>
        <source>Printing label…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <source>Marking ready to ship…</source>
        <translation>Đang đặt sẵn sàng giao…</translation>
    </message>
    <message>
        <source>Not finished — scan DONE to retry, or CANCEL</source>
        <translation>Chưa xong — quét DONE để thử lại, hoặc CANCEL</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Scan item %1 of %2: %3</source>
        <translation>Quét sản phẩm %1 / %2: %3</translation>
    </message>
    <message>
        <source>All items verified — scan DONE to pack</source>
        <translation>Đã kiểm đủ — quét DONE để đóng gói</translation>
    </message>
    <message>
        <source>Packed — scan DONE to print the label</source>
        <translation>Đã đóng gói — quét DONE để in phiếu</translation>
    </message>
    <message>
        <source>Scan the label on the parcel</source>
        <translation>Quét phiếu trên gói hàng</translation>
    </message>
    <message>
        <source>Label printed — scan DONE for ready to ship</source>
        <translation>Đã in phiếu — quét DONE để sẵn sàng giao</translation>
    </message>
    <message>
        <source>No order open</source>
        <extracomment>&quot;ok&quot; | &quot;error&quot; | &quot;info&quot; | &quot;ready&quot; — the colour currently shown</extracomment>
        <translation>Chưa mở đơn nào</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation>%v / %m sản phẩm</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>Người đóng gói: %1</translation>
    </message>
    <message>
        <source>Packer: — (scan your card)</source>
        <translation>Người đóng gói: — (quét thẻ của bạn)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Đơn hàng %1</translation>
    </message>
</context>
<context>
    <name>PackersStep</name>
    <message>
        <source>Type the packers&apos; names, one per line (Latin letters, as on their card). Each gets a card with a barcode: scanning it logs the packer in.</source>
        <translation>Nhập tên người đóng gói, mỗi dòng một tên (chữ Latin, như trên thẻ). Mỗi người có một thẻ mã vạch: quét thẻ để đăng nhập.</translation>
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
        <translation>&amp;In thẻ người đóng gói…</translation>
    </message>
    <message>
        <source>“%1” cannot go on a barcode card: use Latin letters and digits (no “:”). A Thai or Vietnamese name needs a Latin nickname here.</source>
        <translation>“%1” không thể in lên thẻ mã vạch: dùng chữ Latin và số (không có “:”). Tên tiếng Thái hay tiếng Việt cần một biệt danh Latin ở đây.</translation>
    </message>
    <message>
        <source>Packers: none yet</source>
        <translation>Người đóng gói: chưa có</translation>
    </message>
    <message>
        <source>Type at least one name first.</source>
        <translation>Nhập ít nhất một tên trước.</translation>
    </message>
    <message numerus="yes">
        <source>Cards for %n packer(s) are ready to print.</source>
        <translation>
            <numerusform>Thẻ của %n người đóng gói đã sẵn sàng để in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackingService</name>
    <message>
        <source>Opening order %1…</source>
        <translation>Đang mở đơn %1…</translation>
    </message>
    <message>
        <source>Empty scan ignored.</source>
        <translation>Bỏ qua lần quét trống.</translation>
    </message>
    <message>
        <source>“%1” ignored: order %2 is still being processed. Scan again when it is done.</source>
        <translation>Bỏ qua “%1”: đơn %2 vẫn đang xử lý. Quét lại khi xong.</translation>
    </message>
    <message>
        <source>Scan an order first.</source>
        <extracomment>order claims across the stations of a warehouse (None: this PC is alone) the claim of the order a scan is opening (warehouse), answered in the background a pick list&apos;s barcode (``#LP:WAVE:&lt;id&gt;``) scanned: its orders&apos; summary (or raises ``WorkflowError``); the station&apos;s ``PickingService`` answers it asked before an order is opened: a refusal in the packer&apos;s words, or &quot;&quot; (the packing video&apos;s &quot;require video&quot; while the camera is not recording)</extracomment>
        <translation>Quét đơn hàng trước.</translation>
    </message>
    <message>
        <source>“%1” not counted: %2</source>
        <translation>Không tính “%1”: %2</translation>
    </message>
    <message>
        <source>Too many: %1 — %2 is already complete (%3 of %4). Put this one back.</source>
        <translation>Thừa: %1 — %2 đã đủ (%3 / %4). Để lại cái này.</translation>
    </message>
    <message>
        <source>confirmed without barcode</source>
        <translation>xác nhận không cần mã vạch</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>qua %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2: %3 / %4</translation>
    </message>
    <message>
        <source>%1. All %2 items verified.</source>
        <translation>%1. Đã kiểm đủ %2 sản phẩm.</translation>
    </message>
    <message>
        <source>Packing…</source>
        <translation>Đang đóng gói…</translation>
    </message>
    <message>
        <source>Order %1 is not in the open orders list.</source>
        <translation>Đơn %1 không có trong danh sách đơn đang mở.</translation>
    </message>
    <message>
        <source>Wait until the current order is done.</source>
        <translation>Chờ đơn hiện tại xong.</translation>
    </message>
    <message>
        <source>“%1” is another parcel of order %2. Finish this parcel (%3) first, or scan CANCEL.</source>
        <translation>“%1” là gói hàng khác của đơn %2. Hoàn tất gói hàng này (%3) trước, hoặc quét CANCEL.</translation>
    </message>
    <message>
        <source>Wrong label: “%1” belongs to order %2, not to order %3.</source>
        <translation>Sai phiếu: “%1” thuộc đơn %2, không phải đơn %3.</translation>
    </message>
    <message>
        <source>Order %1 is still open (%2 of %3 verified, %4). Finish it or scan CANCEL before opening order %5.</source>
        <translation>Đơn %1 vẫn đang mở (đã kiểm %2 / %3, %4). Hoàn tất hoặc quét CANCEL trước khi mở đơn %5.</translation>
    </message>
    <message>
        <source>Deliver digital items (Ctrl+Shift+D)</source>
        <translation>Giao sản phẩm số (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source> It is already ready to ship at Lazada.</source>
        <translation> Đơn đã sẵn sàng giao trên Lazada.</translation>
    </message>
    <message>
        <source> Already packed at Lazada (%1).</source>
        <translation> Đã đóng gói trên Lazada (%1).</translation>
    </message>
    <message>
        <source>Order %1 (%2): %3.%4</source>
        <translation>Đơn %1 (%2): %3.%4</translation>
    </message>
    <message>
        <source>Label %1 belongs to order %2.</source>
        <translation>Phiếu %1 thuộc đơn %2.</translation>
    </message>
    <message>
        <source>Order %1 is already open.</source>
        <translation>Đơn %1 đã được mở.</translation>
    </message>
    <message>
        <source>Wait: the current step is still running.</source>
        <translation>Chờ: bước hiện tại vẫn đang chạy.</translation>
    </message>
    <message>
        <source>Pick lists are not available at this station.</source>
        <translation>Trạm này không dùng được phiếu lấy hàng.</translation>
    </message>
    <message>
        <source>Packer: %1.</source>
        <translation>Người đóng gói: %1.</translation>
    </message>
    <message>
        <source>Packer logged out.</source>
        <translation>Người đóng gói đã đăng xuất.</translation>
    </message>
    <message>
        <source>No order is open.</source>
        <translation>Chưa mở đơn nào.</translation>
    </message>
    <message>
        <source>%1 different items are missing: choose the one to confirm on screen.</source>
        <translation>Thiếu %1 sản phẩm khác nhau: chọn sản phẩm cần xác nhận trên màn hình.</translation>
    </message>
    <message>
        <source>%1 is not in order %2.</source>
        <translation>%1 không có trong đơn %2.</translation>
    </message>
    <message>
        <source>Open the order first, then link the barcode.</source>
        <translation>Mở đơn trước, rồi liên kết mã vạch.</translation>
    </message>
    <message>
        <source>“%1” cannot be linked to an item.</source>
        <translation>“%1” không thể liên kết với sản phẩm.</translation>
    </message>
    <message>
        <source>“%1” already means %2.</source>
        <translation>“%1” đã là %2.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” giờ là %2.</translation>
    </message>
    <message>
        <source>manual confirmation</source>
        <translation>xác nhận thủ công</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>quét</translation>
    </message>
    <message>
        <source>Took back one %1 (%2): %3 of %4.</source>
        <translation>Bớt một %1 (%2): %3 / %4.</translation>
    </message>
    <message>
        <source>Order %1 cancelled at the station; nothing was sent to Lazada.</source>
        <translation>Đã hủy đơn %1 tại trạm; không gửi gì lên Lazada.</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>sẵn sàng giao</translation>
    </message>
    <message>
        <source>packed (%1)</source>
        <translation>đã đóng gói (%1)</translation>
    </message>
    <message>
        <source>Order %1 closed; it stays %2 at Lazada.</source>
        <translation>Đã đóng đơn %1; trên Lazada vẫn là %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Scan them, confirm them manually, or scan PARTIAL to pack only the verified ones.</source>
        <translation>
            <numerusform>Còn thiếu %n sản phẩm. Quét chúng, xác nhận thủ công, hoặc quét PARTIAL để chỉ đóng gói phần đã kiểm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the label on the parcel first.</source>
        <translation>Quét phiếu trên gói hàng trước.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Verify at least one item before packing part of an order.</source>
        <translation>Kiểm ít nhất một sản phẩm trước khi đóng gói một phần đơn.</translation>
    </message>
    <message>
        <source>Packing %1 of %2 items; the rest stays pending.</source>
        <translation>Đang đóng gói %1 / %2 sản phẩm; phần còn lại vẫn chờ.</translation>
    </message>
    <message>
        <source>There is no packed order with a label to print.</source>
        <translation>Không có đơn đã đóng gói nào để in phiếu.</translation>
    </message>
    <message>
        <source>Delivered-by-seller orders have no AWB label.</source>
        <translation>Đơn người bán tự giao không có phiếu AWB.</translation>
    </message>
    <message>
        <source>Printing the label again…</source>
        <translation>Đang in lại phiếu…</translation>
    </message>
    <message>
        <source>Only a packed order that is not ready to ship can be repacked.</source>
        <translation>Chỉ đóng gói lại được đơn đã đóng gói và chưa sẵn sàng giao.</translation>
    </message>
    <message>
        <source>Recreating the package…</source>
        <translation>Đang tạo lại kiện hàng…</translation>
    </message>
    <message>
        <source>Internal error: %1: %2</source>
        <translation>Lỗi nội bộ: %1: %2</translation>
    </message>
    <message>
        <source>Order %1 was not resumed here: %2</source>
        <translation>Không tiếp tục đơn %1 ở đây: %2</translation>
    </message>
    <message>
        <source>Resumed order %1 where it stopped: %2 of %3 verified, %4.</source>
        <translation>Tiếp tục đơn %1 từ chỗ dừng: đã kiểm %2 / %3, %4.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The document cannot be shown (%1).</source>
        <extracomment>preview width of one page in pixels (readable at 1366×768)</extracomment>
        <translation>Không hiển thị được tài liệu (%1).</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
</context>
<context>
    <name>PickingService</name>
    <message>
        <source>Not found among the open orders: %1.</source>
        <extracomment>``Settings.ui`` key of the saved A4 printer for pick lists (the window and the CLI). Thumbnails fetched at once for a pick list. order numbers or order ids</extracomment>
        <translation>Không tìm thấy trong các đơn đang mở: %1.</translation>
    </message>
    <message>
        <source>Check the order numbers, or sync the shop first.</source>
        <translation>Kiểm tra lại mã đơn, hoặc đồng bộ cửa hàng trước.</translation>
    </message>
    <message>
        <source>%1 chosen orders</source>
        <extracomment>order numbers that need it</extracomment>
        <translation>%1 đơn đã chọn</translation>
    </message>
    <message>
        <source>All open orders</source>
        <translation>Tất cả đơn đang mở</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack, %4 no longer open.</source>
        <translation>Phiếu lấy hàng #%1: %2 đơn, %3 chờ đóng gói, %4 không còn mở.</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack.</source>
        <translation>Phiếu lấy hàng #%1: %2 đơn, %3 chờ đóng gói.</translation>
    </message>
    <message>
        <source>None of the chosen orders is open at this station any more.</source>
        <extracomment>the wave last scanned at the station, and who wants to know</extracomment>
        <translation>Không còn đơn nào đã chọn đang mở ở trạm này.</translation>
    </message>
    <message>
        <source>No orders match: there is nothing to pick.</source>
        <translation>Không có đơn nào phù hợp: không có gì để lấy hàng.</translation>
    </message>
    <message>
        <source>Choose other orders, another status or shipping provider.</source>
        <translation>Chọn đơn khác, trạng thái khác hoặc đơn vị vận chuyển khác.</translation>
    </message>
    <message>
        <source>Pick list (wave) %1 is not known at this station.</source>
        <translation>Trạm này không biết phiếu lấy hàng (wave) %1.</translation>
    </message>
    <message>
        <source>“%1” is not the number of a pick list.</source>
        <translation>“%1” không phải số phiếu lấy hàng.</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>• %1: printed %2×</source>
        <translation>• %1: đã in %2 lần</translation>
    </message>
    <message>
        <source>Print the label again?</source>
        <translation>In lại phiếu?</translation>
    </message>
    <message>
        <source>These labels were printed already:
%1

Reprint only if the first label is lost or damaged.</source>
        <translation>Các phiếu này đã được in:
%1

Chỉ in lại nếu phiếu đầu bị mất hoặc hỏng.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Lưu phiếu thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing “%1” failed (%2). The details are in the log.</source>
        <extracomment>A4 jobs still running (a task the loop only holds weakly would be collected mid-job)</extracomment>
        <translation>In “%1” thất bại (%2). Chi tiết có trong tệp log.</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (không tìm thấy)</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Label printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <source>Ask every time (system print dialog)</source>
        <translation>Hỏi mỗi lần (hộp thoại in của hệ thống)</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>In thử</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Test label sent. Its frame must be closed and every ruler start at 0.</source>
        <translation>Đã gửi phiếu in thử. Khung phải kín và mọi thước bắt đầu từ 0.</translation>
    </message>
</context>
<context>
    <name>PrinterStep</name>
    <message>
        <source>&amp;Yes, whole</source>
        <extracomment>&quot;did it come out whole?&quot; → what lazpack changes</extracomment>
        <translation>&amp;Có, đầy đủ</translation>
    </message>
    <message>
        <source>No, &amp;turned sideways</source>
        <translation>Không, bị &amp;xoay ngang</translation>
    </message>
    <message>
        <source>No, &amp;cut off at an edge</source>
        <translation>Không, bị &amp;cắt mất mép</translation>
    </message>
    <message>
        <source>No, too s&amp;mall</source>
        <translation>Không, quá &amp;nhỏ</translation>
    </message>
    <message>
        <source>Pick the printer that prints the shipping labels, print a test label and look at it: lazpack fixes the size and orientation from your answer and then prints every label there without asking.</source>
        <translation>Chọn máy in phiếu giao hàng, in thử một phiếu và xem: lazpack sửa cỡ và hướng theo câu trả lời của bạn rồi in mọi phiếu ở đó mà không hỏi.</translation>
    </message>
    <message>
        <source>&amp;Print a test label</source>
        <translation>&amp;In phiếu thử</translation>
    </message>
    <message>
        <source>Did it come out whole: frame closed, rulers start at 0?</source>
        <translation>Phiếu ra đầy đủ chưa: khung kín, thước bắt đầu từ 0?</translation>
    </message>
    <message>
        <source>No printer is installed on this PC. Install the label printer&apos;s driver (or connect it), then come back with Station → Set up this desk…</source>
        <translation>Máy này chưa cài máy in nào. Cài driver máy in phiếu (hoặc kết nối nó), rồi quay lại Trạm → Thiết lập bàn này…</translation>
    </message>
    <message>
        <source>Test label sent to “%1”. Look at it, then answer:</source>
        <translation>Đã gửi phiếu thử tới “%1”. Xem rồi trả lời:</translation>
    </message>
    <message>
        <source>Saved: labels print on “%1” without asking (%2).</source>
        <translation>Đã lưu: phiếu in ở “%1” mà không hỏi (%2).</translation>
    </message>
    <message>
        <source>Label printer: %1</source>
        <translation>Máy in phiếu: %1</translation>
    </message>
    <message>
        <source>lazpack now turns the label (%1).</source>
        <translation>lazpack giờ xoay phiếu (%1).</translation>
    </message>
    <message>
        <source>The label is already the smallest size lazpack knows. Set the paper size in the printer&apos;s own settings (Printers → Preferences) to the labels loaded in it.</source>
        <translation>Phiếu đã ở cỡ nhỏ nhất lazpack biết. Hãy đặt khổ giấy trong cài đặt riêng của máy in (Máy in → Tùy chọn) theo loại phiếu đang lắp.</translation>
    </message>
    <message>
        <source>lazpack now uses %1.</source>
        <translation>lazpack giờ dùng %1.</translation>
    </message>
    <message>
        <source>lazpack now sets the label size on this printer. If it is still small, set the paper size in the printer&apos;s own settings (Printers → Preferences) to 100 × 150 mm.</source>
        <translation>lazpack giờ đặt cỡ phiếu trên máy in này. Nếu vẫn nhỏ, hãy đặt khổ giấy trong cài đặt riêng của máy in (Máy in → Tùy chọn) là 100 × 150 mm.</translation>
    </message>
    <message>
        <source>%1 Print the test label again to check.</source>
        <translation>%1 In lại phiếu thử để kiểm tra.</translation>
    </message>
</context>
<context>
    <name>ProviderDecision</name>
    <message>
        <source>Shipment provider %1 is not offered for this order.</source>
        <translation>Đơn này không có đơn vị vận chuyển %1.</translation>
    </message>
    <message>
        <source>Pick one of the providers in the list.</source>
        <translation>Chọn một đơn vị vận chuyển trong danh sách.</translation>
    </message>
</context>
<context>
    <name>ProviderPickerDialog</name>
    <message>
        <source>Choose the shipment provider</source>
        <translation>Chọn đơn vị vận chuyển</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1) for %2:</source>
        <translation>Lazada cần đơn vị vận chuyển (%1) cho %2:</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1):</source>
        <translation>Lazada cần đơn vị vận chuyển (%1):</translation>
    </message>
    <message>
        <source>↑/↓ to move, Enter to choose, Esc to cancel. The choice is remembered.</source>
        <translation>↑/↓ để di chuyển, Enter để chọn, Esc để hủy. Lựa chọn được ghi nhớ.</translation>
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
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>not applied: printing changes nothing at Lazada; print again if needed</source>
        <extracomment>Statuses an item reaches only after a successful Pack. Statuses an item reaches only after a successful ReadyToShip. Actions that change nothing at Lazada, so repeating them is harmless there. Fresh items per order, so the caller can reopen the order panel without a read.</extracomment>
        <translation>chưa áp dụng: in không thay đổi gì trên Lazada; in lại nếu cần</translation>
    </message>
    <message>
        <source>not applied: the intent names no order, nothing to check</source>
        <translation>chưa áp dụng: không có đơn nào, không có gì để kiểm</translation>
    </message>
    <message>
        <source>not applied: Lazada does not know order %1 (%2)</source>
        <translation>chưa áp dụng: Lazada không biết đơn %1 (%2)</translation>
    </message>
    <message>
        <source>unknown: order %1 could not be read (%2); nothing is sent until it can</source>
        <translation>không rõ: không đọc được đơn %1 (%2); không gửi gì cho đến khi đọc được</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>ready to ship</source>
        <translation>sẵn sàng giao</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>giao thất bại</translation>
    </message>
    <message>
        <source>not applied: lazpack cannot check a %1 at Lazada</source>
        <translation>chưa áp dụng: lazpack không kiểm tra được %1 trên Lazada</translation>
    </message>
    <message>
        <source>not applied: the items were canceled</source>
        <translation>chưa áp dụng: sản phẩm đã bị hủy</translation>
    </message>
    <message>
        <source>applied: packed in %1</source>
        <translation>đã áp dụng: đóng gói trong %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (in %3); %4 still to pack</source>
        <translation>đã áp dụng cho %1 / %2 sản phẩm (trong %3); còn %4 chờ đóng gói</translation>
    </message>
    <message>
        <source>not applied: the items are still to pack</source>
        <translation>chưa áp dụng: sản phẩm vẫn chờ đóng gói</translation>
    </message>
    <message>
        <source>not applied: the items are %1</source>
        <translation>chưa áp dụng: sản phẩm đang ở trạng thái %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (%3); the rest still to do</source>
        <translation>đã áp dụng cho %1 / %2 sản phẩm (%3); phần còn lại vẫn cần làm</translation>
    </message>
    <message>
        <source>not applied: the items are still %1</source>
        <translation>chưa áp dụng: sản phẩm vẫn ở trạng thái %1</translation>
    </message>
    <message>
        <source>not applied: still packed in %1</source>
        <translation>chưa áp dụng: vẫn đóng gói trong %1</translation>
    </message>
    <message>
        <source>applied: the package was recreated</source>
        <translation>đã áp dụng: kiện hàng đã được tạo lại</translation>
    </message>
    <message>
        <source>applied: the old package is gone</source>
        <translation>đã áp dụng: kiện hàng cũ không còn</translation>
    </message>
    <message>
        <source> (package %1)</source>
        <translation> (kiện %1)</translation>
    </message>
    <message>
        <source>Order %1 is already packed%2; not packing it again.</source>
        <translation>Đơn %1 đã được đóng gói%2; không đóng gói lại.</translation>
    </message>
    <message>
        <source>Item %1 is %2 at Lazada; it cannot be packed.</source>
        <translation>Sản phẩm %1 đang %2 trên Lazada; không thể đóng gói.</translation>
    </message>
    <message>
        <source>Item %1 is no longer in the order at Lazada.</source>
        <translation>Sản phẩm %1 không còn trong đơn trên Lazada.</translation>
    </message>
    <message>
        <source>Package %1 has no live items at Lazada (canceled or repacked).</source>
        <translation>Kiện %1 không còn sản phẩm hiệu lực trên Lazada (đã hủy hoặc đóng gói lại).</translation>
    </message>
    <message>
        <source>Package %1 is already ready to ship; nothing sent.</source>
        <translation>Kiện %1 đã sẵn sàng giao; không gửi gì.</translation>
    </message>
    <message>
        <source>Package %1 cannot be set ready to ship: items are %2.</source>
        <translation>Không đặt kiện %1 sẵn sàng giao được: sản phẩm đang %2.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Keep history for</source>
        <translation>&amp;Giữ lịch sử trong</translation>
    </message>
    <message>
        <source>Journal lines older than this are removed when lazpack starts. Writes to Lazada whose outcome is still unknown are always kept.</source>
        <translation>Các dòng nhật ký cũ hơn mức này bị xóa khi lazpack khởi động. Các lệnh gửi Lazada chưa rõ kết quả luôn được giữ.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>“%1” is not a lazpack command barcode.</source>
        <translation>“%1” không phải mã vạch lệnh của lazpack.</translation>
    </message>
    <message>
        <source>“%1” matches several items of this order: %2. Confirm the right one on screen.</source>
        <translation>“%1” khớp với nhiều sản phẩm của đơn này: %2. Xác nhận đúng sản phẩm trên màn hình.</translation>
    </message>
    <message>
        <source>“%1” matches several orders: %2. Open the right one in the list.</source>
        <translation>“%1” khớp với nhiều đơn: %2. Mở đúng đơn trong danh sách.</translation>
    </message>
</context>
<context>
    <name>ScanProbe</name>
    <message>
        <source>Scan the barcode above now…</source>
        <translation>Quét mã vạch phía trên ngay…</translation>
    </message>
</context>
<context>
    <name>ScannerStep</name>
    <message>
        <source>Scan the barcode below with the desk&apos;s scanner. lazpack checks that it reads letters and digits right, ends with Enter, and types fast enough to be told apart from a person. If nothing appears, the scanner is not connected or sends no Enter/Tab: check the cable, then scan its “Add Enter” setting code.</source>
        <translation>Quét mã vạch bên dưới bằng máy quét của bàn. lazpack kiểm tra máy đọc đúng chữ và số, kết thúc bằng Enter và gõ đủ nhanh để phân biệt với người gõ. Nếu không thấy gì, máy quét chưa kết nối hoặc không gửi Enter/Tab: kiểm tra cáp, rồi quét mã cài đặt “Add Enter”.</translation>
    </message>
    <message>
        <source>✓ The scanner works: right characters, Enter at the end, fast.</source>
        <translation>✓ Máy quét hoạt động: đúng ký tự, có Enter ở cuối, nhanh.</translation>
    </message>
    <message>
        <source>Scanner: works</source>
        <translation>Máy quét: hoạt động</translation>
    </message>
    <message>
        <source>

Change it, then scan the barcode again.</source>
        <translation>

Hãy chỉnh rồi quét lại mã vạch.</translation>
    </message>
    <message>
        <source>Scanner: works (ends with Tab)</source>
        <translation>Máy quét: hoạt động (kết thúc bằng Tab)</translation>
    </message>
</context>
<context>
    <name>ScannerVerdict</name>
    <message>
        <source>The letters came out in lower case: turn Caps Lock off.</source>
        <extracomment>keys and then no Enter/Tab for this long: the scanner sends no suffix the code the scanner test shows: letters and digits, so a wrong layout shows in both what the keys typed on this PC&apos;s layout the code read from the keys as the station reads it is the test code the station&apos;s scan router takes these keys for a scanner&apos;s burst the code as the station reads it (by key position, whatever the layout)</extracomment>
        <translation>Chữ bị ra chữ thường: tắt Caps Lock.</translation>
    </message>
    <message>
        <source>The scanner typed “%1” instead of “%2”: this PC&apos;s keyboard layout changes what the scanner types. Switch the keyboard to English (US) while packing, or set the scanner&apos;s keyboard country to match the PC (see its manual).</source>
        <translation>Máy quét gõ “%1” thay vì “%2”: bố cục bàn phím của máy này làm thay đổi những gì máy quét gõ. Chuyển bàn phím sang English (US) khi đóng gói, hoặc đặt quốc gia bàn phím của máy quét cho khớp với máy (xem hướng dẫn).</translation>
    </message>
    <message>
        <source>That was typed slowly (%1 ms between keys): lazpack recognises a scanner by its speed (a key every 5–15 ms). If that was the scanner, set it to its fastest USB keyboard speed; by hand, use the scan field instead.</source>
        <translation>Gõ chậm (%1 ms giữa các phím): lazpack nhận ra máy quét nhờ tốc độ (mỗi phím 5–15 ms). Nếu đó là máy quét, hãy đặt tốc độ bàn phím USB nhanh nhất; nếu gõ tay, hãy dùng ô quét.</translation>
    </message>
    <message>
        <source>The code came without Enter at its end: lazpack takes a code when Enter (or Tab) follows it. Scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>Mã đến mà không có Enter ở cuối: lazpack chỉ nhận mã khi có Enter (hoặc Tab) theo sau. Quét mã “Add Enter (CR) suffix” trong hướng dẫn của máy quét.</translation>
    </message>
    <message>
        <source>The scanner ends each code with Tab. lazpack accepts it, but Enter works in every program: scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>Máy quét kết thúc mỗi mã bằng Tab. lazpack chấp nhận, nhưng Enter dùng được ở mọi chương trình: quét mã “Add Enter (CR) suffix” trong hướng dẫn của máy quét.</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Serial scanners are not supported here: %1</source>
        <extracomment>GS1&apos;s group separator (FNC1 as transmitted): a wedge types it as Ctrl+] with this text a scanner presses Shift for capitals and some symbols: those presses are part of a burst a wedge&apos;s longest usual gap between keys (it types one every 5–15 ms; a person needs 80+) the longest pause inside a burst (a loaded PC or USB hub stalls a few of its keys) the longest gap between keys (the scan field&apos;s run: fast means a scanner typed it) gaps longer than a scanner&apos;s (a busy PC or USB hub stalls a burst now and then) copies of the held key presses, replayed to ``widget`` if this was typing after all None: the key events&apos; timestamps (monotonic time for events without one) the Vietnamese input method whose composed letters a burst is taken apart with (the station setting ``packing.scanner_composer``, Settings → Vietnamese typing) the longest pause inside a burst; only a few of its gaps may exceed ``max_gap_s`` a pause after which held keys cannot be a burst any more: they are given back then</extracomment>
        <translation>Không hỗ trợ máy quét nối tiếp ở đây: %1</translation>
    </message>
    <message>
        <source>Cannot open scanner port %1: %2</source>
        <translation>Không mở được cổng máy quét %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Stop after verifying (I scan DONE to pack)</source>
        <translation>Dừng sau khi kiểm (tôi quét DONE để đóng gói)</translation>
    </message>
    <message>
        <source>Pack automatically, then wait</source>
        <translation>Tự đóng gói, rồi chờ</translation>
    </message>
    <message>
        <source>Pack and print the label automatically</source>
        <translation>Tự đóng gói và in phiếu</translation>
    </message>
    <message>
        <source>Pack, print and mark ready to ship automatically</source>
        <translation>Tự đóng gói, in và đặt sẵn sàng giao</translation>
    </message>
    <message>
        <source>Lazada allocates the provider</source>
        <translation>Lazada phân bổ đơn vị vận chuyển</translation>
    </message>
    <message>
        <source>Use my saved provider per shop</source>
        <translation>Dùng đơn vị vận chuyển đã lưu cho từng cửa hàng</translation>
    </message>
    <message>
        <source>Ask me every time</source>
        <translation>Hỏi mỗi lần</translation>
    </message>
    <message>
        <source>Order first: scan the order, then the items</source>
        <translation>Đơn trước: quét đơn, rồi quét sản phẩm</translation>
    </message>
    <message>
        <source>Label first: labels printed in a batch, scan the label to verify</source>
        <translation>Phiếu trước: in phiếu theo lô, quét phiếu để kiểm</translation>
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
        <translation>Cài đặt trạm</translation>
    </message>
    <message>
        <source>Scan the printed label on the parcel before ready to ship</source>
        <translation>Quét phiếu đã in trên gói hàng trước khi sẵn sàng giao</translation>
    </message>
    <message>
        <source>Play sounds on every scan</source>
        <translation>Phát âm thanh mỗi lần quét</translation>
    </message>
    <message>
        <source>The Vietnamese typing method of this PC: scans it rewrites are read back</source>
        <translation>Kiểu gõ tiếng Việt của máy này: mã quét bị bộ gõ đổi sẽ được đọc lại đúng</translation>
    </message>
    <message>
        <source>empty: keyboard scanner only (e.g. COM3, /dev/ttyACM0)</source>
        <translation>trống: chỉ dùng máy quét bàn phím (vd. COM3, /dev/ttyACM0)</translation>
    </message>
    <message>
        <source>Label &amp;printer…</source>
        <translation>Máy &amp;in phiếu…</translation>
    </message>
    <message>
        <source>&amp;Warehouse…</source>
        <translation>&amp;Kho hàng…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Packer name</source>
        <translation>Tên người đóng gói</translation>
    </message>
    <message>
        <source>After the last item</source>
        <translation>Sau sản phẩm cuối</translation>
    </message>
    <message>
        <source>Shipment provider</source>
        <translation>Đơn vị vận chuyển</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Vietnamese typing</source>
        <translation>Kiểu gõ tiếng Việt</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>Cổng máy quét nối tiếp</translation>
    </message>
    <message>
        <source>Changes apply at once; the serial scanner reconnects.</source>
        <translation>Thay đổi có hiệu lực ngay; máy quét nối tiếp sẽ kết nối lại.</translation>
    </message>
    <message>
        <source>ask with the print dialog</source>
        <translation>hỏi bằng hộp thoại in</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>ngang</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>dọc</translation>
    </message>
    <message>
        <source>this PC&apos;s own journal</source>
        <translation>nhật ký riêng của máy này</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Choose the language of this desk. Menus, messages, labels and slips use it.</source>
        <translation>Chọn ngôn ngữ cho bàn này. Menu, thông báo, phiếu và phiếu giao dùng ngôn ngữ này.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Ngôn ngữ: %1</translation>
    </message>
    <message>
        <source>Who packs at this desk?</source>
        <translation>Ai đóng gói ở bàn này?</translation>
    </message>
    <message>
        <source>The label printer</source>
        <extracomment>the next paper to try when the label is cut off (the printer&apos;s roll is smaller)</extracomment>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <source>The scanner</source>
        <translation>Máy quét</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Set up this desk</source>
        <translation>Thiết lập bàn này</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>the packer cards&apos; preview, when open (Packers step)</extracomment>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Bỏ qua bước này</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Bước %1 / %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Packer cards</source>
        <translation>Thẻ người đóng gói</translation>
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
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Cross-border (all six countries)</source>
        <translation>Xuyên biên giới (cả sáu nước)</translation>
    </message>
    <message>
        <source>Reconnect shop</source>
        <extracomment>the message shown when a step failed (bad input, keyring, Lazada refused, ...)</extracomment>
        <translation>Kết nối lại cửa hàng</translation>
    </message>
    <message>
        <source>Add a Lazada shop</source>
        <translation>Thêm cửa hàng Lazada</translation>
    </message>
    <message>
        <source>App Key from the Lazada Open Platform console</source>
        <translation>App Key từ bảng điều khiển Lazada Open Platform</translation>
    </message>
    <message>
        <source>App Secret (kept in the system keyring)</source>
        <translation>App Secret (lưu trong kho khóa hệ thống)</translation>
    </message>
    <message>
        <source>Callback URL registered for the app</source>
        <translation>Callback URL đã đăng ký cho ứng dụng</translation>
    </message>
    <message>
        <source>Leave empty for Lazada (emulator: http://127.0.0.1:PORT/rest)</source>
        <translation>Để trống cho Lazada (giả lập: http://127.0.0.1:PORT/rest)</translation>
    </message>
    <message>
        <source>Authorize in browser</source>
        <translation>Ủy quyền trong trình duyệt</translation>
    </message>
    <message>
        <source>…or paste the address the browser shows after consenting</source>
        <translation>…hoặc dán địa chỉ trình duyệt hiển thị sau khi đồng ý</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
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
        <translation>Máy chủ API</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored app secret</source>
        <translation>Để trống để giữ app secret đã lưu</translation>
    </message>
    <message>
        <source>Waiting for Lazada… finish the consent page in the browser.</source>
        <translation>Đang chờ Lazada… hoàn tất trang đồng ý trong trình duyệt.</translation>
    </message>
    <message>
        <source>Log in on the Lazada page that opened and click Submit, then paste the address the browser shows here.</source>
        <translation>Đăng nhập trang Lazada vừa mở và bấm Submit, rồi dán địa chỉ trình duyệt hiển thị vào đây.</translation>
    </message>
    <message>
        <source>Connecting the shop…</source>
        <translation>Đang kết nối cửa hàng…</translation>
    </message>
</context>
<context>
    <name>ShopService</name>
    <message>
        <source>Unknown region %1; choose one of %2.</source>
        <extracomment>a shop&apos;s token provider: this station&apos;s keyring, or the warehouse&apos;s vault</extracomment>
        <translation>Khu vực không rõ %1; chọn một trong %2.</translation>
    </message>
    <message>
        <source>The app key is a number (App Console → App Overview → App Key).</source>
        <translation>App key là một số (App Console → App Overview → App Key).</translation>
    </message>
    <message>
        <source>Enter the app secret from the App Console.</source>
        <translation>Nhập app secret từ App Console.</translation>
    </message>
    <message>
        <source>The redirect URI must be the callback URL registered for the app (https://… or http://127.0.0.1:PORT/… for the built-in listener).</source>
        <translation>Redirect URI phải là callback URL đã đăng ký cho ứng dụng (https://… hoặc http://127.0.0.1:PORT/… cho bộ nhận tích hợp).</translation>
    </message>
    <message>
        <source>No shop %1 is configured.</source>
        <extracomment>the warehouse&apos;s shops (None: not read yet, or the database did not answer)</extracomment>
        <translation>Chưa cấu hình cửa hàng %1.</translation>
    </message>
    <message>
        <source>The warehouse holds no secrets for shop %1.</source>
        <translation>Kho hàng không có bí mật của cửa hàng %1.</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>Ủy quyền lại cửa hàng trên một trạm.</translation>
    </message>
    <message>
        <source>The app secret of shop %1 is missing from the keyring.</source>
        <translation>Không có app secret của cửa hàng %1 trong kho khóa.</translation>
    </message>
    <message>
        <source>Reconnect the shop and enter the app secret again.</source>
        <translation>Kết nối lại cửa hàng và nhập lại app secret.</translation>
    </message>
</context>
<context>
    <name>ShopStep</name>
    <message>
        <source>Connect your Lazada shop to pack its orders, or keep the demo shop to practise first (its orders are not real). You can connect a shop later in Station → Shops…</source>
        <translation>Kết nối cửa hàng Lazada để đóng gói đơn, hoặc giữ cửa hàng demo để tập trước (đơn không thật). Bạn có thể kết nối cửa hàng sau trong Trạm → Cửa hàng…</translation>
    </message>
    <message>
        <source>&amp;Connect a Lazada shop…</source>
        <translation>&amp;Kết nối cửa hàng Lazada…</translation>
    </message>
    <message>
        <source>&amp;Keep the demo shop for now</source>
        <translation>&amp;Giữ cửa hàng demo lúc này</translation>
    </message>
    <message>
        <source>Shop: connecting</source>
        <translation>Cửa hàng: đang kết nối</translation>
    </message>
    <message>
        <source>Shop: demo</source>
        <translation>Cửa hàng: demo</translation>
    </message>
    <message numerus="yes">
        <source>Connected now: %n shop(s).</source>
        <translation>
            <numerusform>Hiện đã kết nối %n cửa hàng.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shop is connected yet.</source>
        <translation>Chưa kết nối cửa hàng nào.</translation>
    </message>
</context>
<context>
    <name>ShopTokenProvider</name>
    <message>
        <source>Shop %1 is not authorized on this station; reconnect it.</source>
        <translation>Cửa hàng %1 chưa được ủy quyền trên trạm này; hãy kết nối lại.</translation>
    </message>
    <message numerus="yes">
        <source>Re-authorize this shop within %n day(s).</source>
        <translation>
            <numerusform>Ủy quyền lại cửa hàng này trong %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>The authorization of shop %1 has ended; authorize it again.</source>
        <translation>Ủy quyền của cửa hàng %1 đã hết; hãy ủy quyền lại.</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1 (%2); reconnect it.</source>
        <translation>Lazada không còn chấp nhận ủy quyền của cửa hàng %1 (%2); hãy kết nối lại.</translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved (%1); this shop will need to be reconnected after lazpack restarts.</source>
        <translation>Không lưu được token đã gia hạn (%1); cửa hàng này cần kết nối lại sau khi khởi động lại lazpack.</translation>
    </message>
</context>
<context>
    <name>ShopsWidget</name>
    <message>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Add shop…</source>
        <translation>Thêm cửa hàng…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Kết nối lại…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove %1 from every station of the warehouse?

Its app secret and tokens are deleted from the warehouse database; every station stops opening it at its next start. Orders already packed stay in the journal.</source>
        <translation>Gỡ %1 khỏi mọi trạm của kho hàng?

App secret và token của cửa hàng bị xóa khỏi cơ sở dữ liệu kho hàng; mọi trạm sẽ không mở cửa hàng này từ lần mở sau. Các đơn đã đóng gói vẫn còn trong nhật ký.</translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation>Xóa cửa hàng</translation>
    </message>
    <message>
        <source>Remove %1 from this station?

Its app secret and tokens are deleted from the system keyring; orders already packed stay in the journal.</source>
        <translation>Xóa %1 khỏi trạm này?

App secret và token sẽ bị xóa khỏi kho khóa hệ thống; các đơn đã đóng gói vẫn còn trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to the scan field</source>
        <extracomment>(key sequence, what it does) — the overview lists these in this order.</extracomment>
        <translation>Đến ô quét</translation>
    </message>
    <message>
        <source>Enter (in the scan field)</source>
        <translation>Enter (trong ô quét)</translation>
    </message>
    <message>
        <source>Use the scanned or typed code</source>
        <translation>Dùng mã đã quét hoặc đã gõ</translation>
    </message>
    <message>
        <source>(any scan)</source>
        <translation>(quét bất kỳ)</translation>
    </message>
    <message>
        <source>A barcode scanner works wherever the focus is, except in dialogs</source>
        <translation>Máy quét mã vạch hoạt động ở mọi nơi, trừ trong hộp thoại</translation>
    </message>
    <message>
        <source>Done: go on to pack / print / ready to ship</source>
        <translation>Xong: tiếp tục đóng gói / in / sẵn sàng giao</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>Hoàn tác lần quét sản phẩm cuối</translation>
    </message>
    <message>
        <source>Esc (in the scan field), Ctrl+Del</source>
        <translation>Esc (trong ô quét), Ctrl+Del</translation>
    </message>
    <message>
        <source>Cancel the open order</source>
        <translation>Hủy đơn đang mở</translation>
    </message>
    <message>
        <source>Confirm an item that has no barcode (recorded as manual)</source>
        <translation>Xác nhận sản phẩm không có mã vạch (ghi là thủ công)</translation>
    </message>
    <message>
        <source>Pack only the verified items</source>
        <translation>Chỉ đóng gói sản phẩm đã kiểm</translation>
    </message>
    <message>
        <source>Reprint / preview the label</source>
        <translation>In lại / xem trước phiếu</translation>
    </message>
    <message>
        <source>Repack: recreate the package (the old label becomes void)</source>
        <translation>Đóng gói lại: tạo lại kiện hàng (phiếu cũ bị hủy)</translation>
    </message>
    <message>
        <source>Pack &amp; ship the selected orders</source>
        <translation>Đóng gói và giao các đơn đã chọn</translation>
    </message>
    <message>
        <source>Deliver digital items of the selected orders</source>
        <translation>Giao sản phẩm số của các đơn đã chọn</translation>
    </message>
    <message>
        <source>1–9, ↑↓ Enter, Esc (in a choice)</source>
        <translation>1–9, ↑↓ Enter, Esc (khi chọn)</translation>
    </message>
    <message>
        <source>Pick an item in the link / confirm dialogs</source>
        <translation>Chọn sản phẩm trong hộp thoại liên kết / xác nhận</translation>
    </message>
    <message>
        <source>Back to the packing station from another page</source>
        <translation>Về trạm đóng gói từ trang khác</translation>
    </message>
    <message>
        <source>History: search every scan and action, per-order timeline, CSV export</source>
        <translation>Lịch sử: tìm mọi lần quét và thao tác, diễn biến từng đơn, xuất CSV</translation>
    </message>
    <message>
        <source>Stats: orders and items per hour per packer</source>
        <translation>Thống kê: đơn và sản phẩm mỗi giờ theo người đóng gói</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Cài đặt trạm</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Tìm đơn hàng</translation>
    </message>
    <message>
        <source>Show one shop&apos;s orders (with several shops)</source>
        <translation>Xem đơn của một cửa hàng (khi có nhiều cửa hàng)</translation>
    </message>
    <message>
        <source>Esc (in search)</source>
        <translation>Esc (trong ô tìm)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Xóa tìm kiếm</translation>
    </message>
    <message>
        <source>Switch tab: To pack, Packed, Ready, DBS, Problems, All</source>
        <translation>Chuyển tab: Chờ đóng gói, Đã đóng gói, Sẵn sàng, DBS, Có vấn đề, Tất cả</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Tab tiếp / trước</translation>
    </message>
    <message>
        <source>Go to the orders list</source>
        <translation>Đến danh sách đơn</translation>
    </message>
    <message>
        <source>Move in the orders list</source>
        <translation>Di chuyển trong danh sách đơn</translation>
    </message>
    <message>
        <source>Select several orders for a batch action</source>
        <translation>Chọn nhiều đơn cho thao tác hàng loạt</translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation>Enter (trong danh sách)</translation>
    </message>
    <message>
        <source>Open the order (asks first while another is being packed)</source>
        <translation>Mở đơn (hỏi trước nếu đang đóng gói đơn khác)</translation>
    </message>
    <message>
        <source>Sync with Lazada now</source>
        <translation>Đồng bộ với Lazada ngay</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Bảng tổng quan này</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
</context>
<context>
    <name>SkuChoiceDialog</name>
    <message>
        <source>Press the number, or ↑↓ and Enter. Esc cancels.</source>
        <extracomment>a second key within this time of the first is a scanner, not a person choosing a scan that arrived while the dialog was up (it closed unanswered)</extracomment>
        <translation>Bấm số, hoặc ↑↓ rồi Enter. Esc để hủy.</translation>
    </message>
</context>
<context>
    <name>SoundStep</name>
    <message>
        <source>Every scan plays a sound: good, wrong item, parcel done. Play them and say whether you heard them; pick the speakers if not.</source>
        <translation>Mỗi lần quét phát một âm: đúng, sai sản phẩm, xong gói hàng. Phát thử và cho biết bạn có nghe không; nếu không, chọn loa.</translation>
    </message>
    <message>
        <source>P&amp;lay the three sounds</source>
        <translation>&amp;Phát ba âm thanh</translation>
    </message>
    <message>
        <source>&amp;Yes, I heard them</source>
        <translation>&amp;Có, tôi đã nghe</translation>
    </message>
    <message>
        <source>This PC has no sound output (no speakers or headphones found). The station works without sound: every scan flashes green or red. Plug in speakers and come back with Station → Set up this desk… to hear them.</source>
        <translation>Máy này không có đầu ra âm thanh (không thấy loa hay tai nghe). Trạm vẫn chạy không cần âm thanh: mỗi lần quét nháy xanh hoặc đỏ. Cắm loa rồi quay lại Trạm → Thiết lập bàn này… để nghe.</translation>
    </message>
    <message>
        <source>Sound: no output device, colours only</source>
        <translation>Âm thanh: không có thiết bị, chỉ có màu</translation>
    </message>
    <message>
        <source>Playing: good… wrong item… parcel done. Did you hear all three?</source>
        <translation>Đang phát: đúng… sai sản phẩm… xong gói hàng. Bạn nghe đủ cả ba không?</translation>
    </message>
    <message>
        <source>Sound on, through “%1”.</source>
        <translation>Bật âm thanh qua “%1”.</translation>
    </message>
    <message>
        <source>Sound: on (%1)</source>
        <translation>Âm thanh: bật (%1)</translation>
    </message>
    <message>
        <source>Check that the speakers are switched on and the volume is up, pick another output above and play again. Without sound the station still flashes green or red on every scan.</source>
        <translation>Kiểm tra loa đã bật và âm lượng đủ lớn, chọn đầu ra khác ở trên rồi phát lại. Không có âm thanh, trạm vẫn nháy xanh hoặc đỏ mỗi lần quét.</translation>
    </message>
</context>
<context>
    <name>StationCore</name>
    <message>
        <source>The warehouse database cannot be reached: no new order is opened and nothing is sent to Lazada until it is back. Scans are kept.</source>
        <extracomment>How often a new simulated order arrives in the demo shop. Resume the interrupted order after the first sync, or after this long without one. How long shutdown waits for a running pack/label/RTS step to close its journal entry.</extracomment>
        <translation>Không kết nối được cơ sở dữ liệu kho: không mở đơn mới và không gửi gì lên Lazada cho đến khi có lại. Các lần quét vẫn được giữ.</translation>
    </message>
    <message>
        <source>The warehouse database is back.</source>
        <translation>Cơ sở dữ liệu kho đã kết nối lại.</translation>
    </message>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>how long a background task may take to end after it was cancelled, per attempt the keyring the shop service uses (None: the OS keyring) the clients&apos; call budget from the settings; a bad value falls back to its default and the packer reads why at start-up (``housekeeping``) the orders (a window shown before the core passes the book it already shows) order claims across a warehouse&apos;s stations (None: SQLite, this PC is alone) who packs which order across the warehouse, for the orders list (None: SQLite) the product catalogue and the pick-list waves, in the journal&apos;s database: the warehouse&apos;s on PostgreSQL (every station scans against one catalogue). every shop connected since start (kept after shutdown: tests read the demo world) on a warehouse database: each shop&apos;s leader election and shared order book the shop service of the configured shops (None until one is needed) asks the packer for a shipment provider; without one the saved choice is used every sync state change of every shop (the window&apos;s sync indicator) False while the warehouse database is away (always True on SQLite) told True/False when the warehouse database comes back / goes away (the window&apos;s banner); while there is none, ``on_notice`` gets the text instead something the packer should read (a failed resume); the window shows it start-up recovery ran: scans and batches may write from now on</extracomment>
        <translation>Cửa hàng %1 không kết nối với trạm này.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Không lưu được cài đặt: %1</translation>
    </message>
    <message>
        <source>History could not be cleaned up: %1</source>
        <translation>Không dọn được lịch sử: %1</translation>
    </message>
    <message>
        <source>Order %1 was taken over by another station: put it aside and scan CANCEL.</source>
        <translation>Đơn %1 đã được trạm khác nhận làm tiếp: để riêng ra và quét CANCEL.</translation>
    </message>
    <message>
        <source>Could not resume the last order: %1</source>
        <translation>Không tiếp tục được đơn cuối: %1</translation>
    </message>
</context>
<context>
    <name>StationLabels</name>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>The label cache and print ledger of one shop (the core gives each shop its own folder). called with the job name right before a job goes to the sink (benchmarks, UI) called with the job name once a shop&apos;s job was printed and counted</extracomment>
        <translation>Cửa hàng %1 không kết nối với trạm này.</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>Chưa chọn máy in phiếu.</translation>
    </message>
    <message>
        <source>Set a label printer in Settings, or print with the dialog.</source>
        <translation>Đặt máy in phiếu trong Cài đặt, hoặc in qua hộp thoại.</translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <source>Done / next step</source>
        <extracomment>the station&apos;s own session can reprint its label itself from these states</extracomment>
        <translation>Xong / bước tiếp</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>Hoàn tác lần quét cuối</translation>
    </message>
    <message>
        <source>Cancel order (Esc in the scan field)</source>
        <translation>Hủy đơn (Esc trong ô quét)</translation>
    </message>
    <message>
        <source>Confirm item without barcode</source>
        <translation>Xác nhận sản phẩm không cần mã vạch</translation>
    </message>
    <message>
        <source>Pack verified items only</source>
        <translation>Chỉ đóng gói sản phẩm đã kiểm</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>In lại phiếu</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Xem trước phiếu</translation>
    </message>
    <message>
        <source>Repack (void label)…</source>
        <translation>Đóng gói lại (hủy phiếu)…</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship selected orders</source>
        <translation>Đóng gói và giao các đơn đã chọn</translation>
    </message>
    <message>
        <source>Deliver digital items of selected orders…</source>
        <translation>Giao sản phẩm số của các đơn đã chọn…</translation>
    </message>
    <message>
        <source>Pick list…</source>
        <translation>Phiếu lấy hàng…</translation>
    </message>
    <message>
        <source>Save labels as PDF (no printer)</source>
        <translation>Lưu phiếu thành PDF (không có máy in)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <source>Shops…</source>
        <translation>Cửa hàng…</translation>
    </message>
    <message>
        <source>Product catalogue…</source>
        <translation>Danh mục sản phẩm…</translation>
    </message>
    <message>
        <source>Set up this desk…</source>
        <translation>Thiết lập bàn này…</translation>
    </message>
    <message>
        <source>Print command sheet…</source>
        <translation>In tờ lệnh…</translation>
    </message>
    <message>
        <source>None of the selected orders has digital items to deliver.</source>
        <translation>Không đơn nào đã chọn có sản phẩm số để giao.</translation>
    </message>
    <message>
        <source>Delivered ✓ — scan the next order</source>
        <translation>Đã giao ✓ — quét đơn tiếp theo</translation>
    </message>
    <message>
        <source>Delivery failed — recorded with Lazada; scan the next order</source>
        <translation>Giao thất bại — đã ghi nhận với Lazada; quét đơn tiếp theo</translation>
    </message>
    <message>
        <source>Digital items delivered ✓ — scan the next order</source>
        <translation>Đã giao sản phẩm số ✓ — quét đơn tiếp theo</translation>
    </message>
    <message>
        <source>This order has no label to print.</source>
        <translation>Đơn này không có phiếu để in.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Đã hủy in.</translation>
    </message>
    <message numerus="yes">
        <source>Label printed (%n page(s)).</source>
        <translation>
            <numerusform>Đã in phiếu (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels are now saved as PDF files.</source>
        <translation>Phiếu giờ được lưu thành tệp PDF.</translation>
    </message>
    <message>
        <source>Labels are now sent to the printer.</source>
        <translation>Phiếu giờ được gửi tới máy in.</translation>
    </message>
    <message>
        <source>This order has no package label yet.</source>
        <translation>Đơn này chưa có phiếu giao hàng.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Command sheet</source>
        <translation>Tờ lệnh</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>Language changed. Menus and tab names change when lazpack starts again.</source>
        <translation>Đã đổi ngôn ngữ. Menu và tên tab đổi khi lazpack khởi động lại.</translation>
    </message>
    <message>
        <source>Shops cannot be managed here: the system keyring is not available.</source>
        <translation>Không quản lý cửa hàng ở đây được: không có kho khóa hệ thống.</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Shops changed — restart lazpack to open or close their orders.</source>
        <translation>Cửa hàng đã thay đổi — khởi động lại lazpack để mở hoặc đóng đơn của chúng.</translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation>Cửa hàng: %1</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Mất kết nối: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n d)</source>
        <translation>
            <numerusform>%1 (%n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-authorize soon: %1</source>
        <translation>Sắp cần ủy quyền lại: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) connected</source>
        <translation>
            <numerusform>Đã kết nối %n cửa hàng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>This day</source>
        <extracomment>(label, days ending on the chosen day)</extracomment>
        <translation>Ngày này</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Longest retention the setting offers: ten years.</extracomment>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 phút %2 giây</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Người đóng gói</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Orders / hour</source>
        <translation>Đơn / giờ</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>Sản phẩm / giờ</translation>
    </message>
    <message>
        <source>Wrong-scan rate</source>
        <translation>Tỷ lệ quét sai</translation>
    </message>
    <message>
        <source>Median per order</source>
        <translation>Trung vị mỗi đơn</translation>
    </message>
    <message>
        <source>(no packer logged in)</source>
        <translation>(chưa có người đóng gói đăng nhập)</translation>
    </message>
    <message>
        <source>%1 orders over %2 hours with at least one packed order</source>
        <translation>%1 đơn trong %2 giờ có ít nhất một đơn được đóng gói</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>(hours shown, {packer: orders per hour}) of the last plot — what the bars say.</extracomment>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>No orders packed on %1</source>
        <translation>Không có đơn nào được đóng gói vào %1</translation>
    </message>
    <message>
        <source>Orders packed per hour — %1</source>
        <translation>Đơn đóng gói mỗi giờ — %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved. History older than %n day(s) is removed at start-up.</source>
        <translation>
            <numerusform>Đã lưu. Lịch sử cũ hơn %n ngày sẽ bị xóa khi khởi động.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n đơn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n sản phẩm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s)</source>
        <translation>
            <numerusform>%n người đóng gói</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <extracomment>Emitted after every finished refresh (the number of packer-day rows).</extracomment>
        <translation>◀ Ngày trước</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Ngày sau ▶</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiện:</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>Đơn đã đóng gói</translation>
    </message>
    <message>
        <source>Items packed</source>
        <translation>Sản phẩm đã đóng gói</translation>
    </message>
    <message>
        <source>Orders / hour (station)</source>
        <translation>Đơn / giờ (trạm)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>%1: %2, %3 by %4.</source>
        <translation>%1: %2, %3 bởi %4.</translation>
    </message>
    <message>
        <source>Nothing was packed on %1.</source>
        <translation>Không có gì được đóng gói vào %1.</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Unknown packing step %1; use one of %2.</source>
        <translation>Bước đóng gói không rõ %1; dùng một trong %2.</translation>
    </message>
</context>
<context>
    <name>Stickers</name>
    <message>
        <source>Unknown sticker size %1.</source>
        <extracomment>name -&gt; (width, height) in mm: the sticker rolls sellers use. One module = 2 dots at 203 dpi.</extracomment>
        <translation>Không rõ cỡ nhãn dán %1.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Chọn một trong: %1.</translation>
    </message>
    <message>
        <source>No stickers to print: give each SKU a quantity.</source>
        <translation>Không có nhãn dán để in: nhập số lượng cho từng SKU.</translation>
    </message>
    <message>
        <source>%1 stickers at once is too many (at most %2).</source>
        <translation>%1 nhãn dán một lần là quá nhiều (tối đa %2).</translation>
    </message>
    <message>
        <source>SKU %1 cannot be a Code128 barcode (only ASCII letters, digits, signs).</source>
        <translation>SKU %1 không thể là mã vạch Code128 (chỉ chữ, số, ký hiệu ASCII).</translation>
    </message>
    <message>
        <source>Give it an EAN in the catalogue, or rename the seller SKU.</source>
        <translation>Gán mã EAN cho nó trong danh mục, hoặc đổi tên SKU người bán.</translation>
    </message>
    <message>
        <source>No sticker printer is saved.</source>
        <translation>Chưa lưu máy in nhãn dán.</translation>
    </message>
    <message>
        <source>Choose one in the Stickers dialog first.</source>
        <translation>Hãy chọn một máy trong hộp thoại Nhãn dán trước.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>%1 cannot sync this shop: %2</source>
        <extracomment>GetMultipleOrderItems takes at most 50 order ids per call (lazada-api.md §3.3). Re-read this much before the newest ``updated_at`` seen: clocks and commits are not exact. on a warehouse database: the station that syncs this shop with Lazada (&quot;&quot; alone) this station is that leader (it talks to Lazada for the shop) the orders the last full sync found open (None: no full sync yet)</extracomment>
        <translation>%1 không đồng bộ được cửa hàng này: %2</translation>
    </message>
    <message>
        <source>no answer from Lazada</source>
        <translation>Lazada không trả lời</translation>
    </message>
    <message>
        <source>Internal error while syncing orders.</source>
        <translation>Lỗi nội bộ khi đồng bộ đơn hàng.</translation>
    </message>
    <message>
        <source>The details are in the log; syncing keeps trying.</source>
        <translation>Chi tiết nằm trong nhật ký; vẫn tiếp tục đồng bộ.</translation>
    </message>
</context>
<context>
    <name>TestLabel</name>
    <message>
        <source>lazpack test label</source>
        <extracomment>what the test label&apos;s barcode reads the space the words may take across the label (from the rulers inwards)</extracomment>
        <translation>Phiếu in thử lazpack</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>trên %1</translation>
    </message>
    <message>
        <source>Whole: the frame is closed and</source>
        <translation>Đầy đủ: khung kín và</translation>
    </message>
    <message>
        <source>every ruler starts at 0 at its corner.</source>
        <translation>mọi thước bắt đầu từ 0 ở góc của nó.</translation>
    </message>
    <message>
        <source>From 0 to %1 the bottom ruler measures %1 mm.</source>
        <translation>Từ 0 đến %1, thước dưới dài %1 mm.</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Packing video is off: QtMultimedia is missing (%1).</source>
        <translation>Video đóng gói đang tắt: thiếu QtMultimedia (%1).</translation>
    </message>
    <message>
        <source>Packing video is off: this PC has no video encoder for MKV files.</source>
        <extracomment>how long closing the station waits for the encoder to finish the open clip&apos;s file the journal event of a finished clip kinds that put an item into the parcel: the overlay&apos;s &quot;last scanned item&quot; changes a warning when the disk holds less than this many minutes of recording a rough size of one minute of 720p MPEG-4 at 15 fps, for the low-disk warning before the first clip measured the real rate recording started or stopped (the preview&apos;s REC) a clip&apos;s file is closed and has its final name (``FinishedClip``) each finished clip is an ``event=&quot;video&quot;`` line of its order&apos;s timeline the order whose clip ended because it was done (its later scans start nothing) clip file names retention must not delete now (an evidence export copying them) the pack view&apos;s preview (``install_video`` puts it there) the order panel&apos;s &quot;Video (0:42)&quot; and &quot;Export evidence…&quot; buttons (``install_video``) set when the last closing clip&apos;s file is closed (``aclose`` waits for it)</extracomment>
        <translation>Video đóng gói đang tắt: máy này không có bộ mã hóa video cho tệp MKV.</translation>
    </message>
    <message>
        <source>This station records every order and the camera is not working: plug it in (or untick &apos;Open no order while the camera is not working&apos; in Settings), then scan the order again.</source>
        <translation>Trạm này quay video mọi đơn và camera đang không hoạt động: hãy cắm camera (hoặc bỏ chọn &apos;Không mở đơn nào khi camera không hoạt động&apos; trong Cài đặt), rồi quét lại đơn.</translation>
    </message>
    <message>
        <source>No video for this order: the camera is not available.</source>
        <translation>Không có video cho đơn này: camera không dùng được.</translation>
    </message>
    <message>
        <source>Packing order %1</source>
        <translation>Đóng gói đơn %1</translation>
    </message>
    <message>
        <source>Video of order %1 stopped: nothing was scanned for %2 minutes.</source>
        <translation>Video của đơn %1 đã dừng: không quét gì trong %2 phút.</translation>
    </message>
    <message>
        <source>The video of order %1 could not be written: %2</source>
        <translation>Không ghi được video của đơn %1: %2</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>Video (%1)</translation>
    </message>
    <message>
        <source>The video of order %1 is saved but not in the journal: %2</source>
        <translation>Video của đơn %1 đã lưu nhưng không có trong nhật ký: %2</translation>
    </message>
    <message>
        <source>Old videos could not be deleted: %1</source>
        <translation>Không xóa được video cũ: %1</translation>
    </message>
    <message>
        <source>The video disk is almost full (%1 MB free). Lower the video disk budget or free space.</source>
        <translation>Ổ đĩa video sắp đầy (còn trống %1 MB). Giảm dung lượng đĩa tối đa cho video hoặc giải phóng dung lượng.</translation>
    </message>
    <message>
        <source>the recorder failed</source>
        <extracomment>preview updates per second the preview thumbnail&apos;s height in pixels the recorder failed (the text says why); ``stop()`` then closes what was written</extracomment>
        <translation>bộ ghi hình bị lỗi</translation>
    </message>
    <message>
        <source>NO CAMERA</source>
        <extracomment>the clip&apos;s frame (may be null), the preview (may be null), the clip it was painted for a downscaled picture for the preview, a few times a second</extracomment>
        <translation>KHÔNG CÓ CAMERA</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>what the current clip&apos;s frames say (``None``: no overlay)</extracomment>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>AWB</source>
        <translation>AWB</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Người đóng gói</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>lazpack test camera</source>
        <extracomment>the source works again (a camera plugged back in)</extracomment>
        <translation>camera thử của lazpack</translation>
    </message>
    <message>
        <source>test camera</source>
        <translation>camera thử</translation>
    </message>
    <message>
        <source>Test camera (moving test pattern)</source>
        <translation>Camera thử (hình mẫu chuyển động)</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <source>No camera: the packing camera is not plugged in. Packing goes on without video.</source>
        <translation>Không có camera: camera đóng gói chưa được cắm. Vẫn đóng gói tiếp, không có video.</translation>
    </message>
    <message>
        <source>Camera problem (%1): %2. Packing goes on without video.</source>
        <translation>Lỗi camera (%1): %2. Vẫn đóng gói tiếp, không có video.</translation>
    </message>
    <message>
        <source>Camera %1 was unplugged. Packing goes on without video.</source>
        <translation>Camera %1 đã bị rút. Vẫn đóng gói tiếp, không có video.</translation>
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
        <translation>Không trình phát video nào mở được %1; tệp nằm trong %2.</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Xuất bằng chứng…</translation>
    </message>
    <message>
        <source>Export evidence to</source>
        <translation>Xuất bằng chứng vào</translation>
    </message>
    <message>
        <source>The evidence export failed.</source>
        <translation>Xuất bằng chứng thất bại.</translation>
    </message>
    <message>
        <source>Evidence written to %1.</source>
        <translation>Đã ghi bằng chứng vào %1.</translation>
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
        <translation>Video đóng gói</translation>
    </message>
    <message>
        <source>Record a video of every order packed</source>
        <translation>Quay video mọi đơn được đóng gói</translation>
    </message>
    <message>
        <source>Open no order while the camera is not working</source>
        <translation>Không mở đơn nào khi camera không hoạt động</translation>
    </message>
    <message>
        <source>The PC&apos;s default camera</source>
        <translation>Camera mặc định của máy</translation>
    </message>
    <message>
        <source>Camera not connected (%1)</source>
        <translation>Camera chưa kết nối (%1)</translation>
    </message>
    <message>
        <source>empty: the station&apos;s data folder (videos)</source>
        <translation>để trống: thư mục dữ liệu của trạm (videos)</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>keep all</source>
        <translation>giữ tất cả</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Độ phân giải</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Tốc độ khung hình</translation>
    </message>
    <message>
        <source>Delete videos older than</source>
        <translation>Xóa video cũ hơn</translation>
    </message>
    <message>
        <source>Disk budget</source>
        <translation>Dung lượng đĩa tối đa</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>That is not a warehouse key (it should be 43 letters, digits, - and _).</source>
        <translation>Đây không phải khóa kho hàng (phải là 43 chữ cái, chữ số, - và _).</translation>
    </message>
    <message>
        <source>Copy it again from Settings → Warehouse on a station that is already set up.</source>
        <translation>Sao chép lại từ Cài đặt → Kho hàng trên một trạm đã thiết lập.</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@server:5432/database (the password goes in its own field).</source>
        <extracomment>query parameters that carry a password: kept out of the settings file query parameters lazpack does not keep (secrets or secret files): refused with a message</extracomment>
        <translation>Viết dạng postgresql://user@server:5432/database (mật khẩu nhập ở ô riêng).</translation>
    </message>
    <message>
        <source>That is not a database address lazpack can read.</source>
        <translation>lazpack không đọc được địa chỉ cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The warehouse database address must start with postgresql://.</source>
        <translation>Địa chỉ cơ sở dữ liệu kho hàng phải bắt đầu bằng postgresql://.</translation>
    </message>
    <message>
        <source>The address names no database (…/database at its end).</source>
        <translation>Địa chỉ không có tên cơ sở dữ liệu (…/database ở cuối).</translation>
    </message>
    <message>
        <source>lazpack does not keep the setting %1 of the address; put it in the PostgreSQL service or password file of this PC instead.</source>
        <translation>lazpack không lưu tham số %1 của địa chỉ; hãy đặt nó trong tệp service hoặc tệp mật khẩu PostgreSQL của máy này.</translation>
    </message>
    <message>
        <source>Open Settings → Warehouse → Join this warehouse on this station and type the key shown on a station that is already set up (Settings → Warehouse → Show warehouse key).</source>
        <translation>Mở Cài đặt → Kho hàng → Tham gia kho hàng này trên trạm này và nhập khóa hiển thị trên một trạm đã thiết lập (Cài đặt → Kho hàng → Hiện khóa kho hàng).</translation>
    </message>
    <message>
        <source>This station has not joined the warehouse yet, so it cannot open the warehouse&apos;s shops.</source>
        <translation>Trạm này chưa tham gia kho hàng nên không mở được các cửa hàng của kho.</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key is not the key of this warehouse&apos;s database.</source>
        <translation>Khóa kho hàng của trạm này không phải khóa của cơ sở dữ liệu kho hàng này.</translation>
    </message>
    <message>
        <source>This station has no warehouse key to show.</source>
        <extracomment>Connects once to the address and reports what it holds (changes nothing). ``(address, key_id)``: sets a new database up, records the key&apos;s fingerprint unless one is recorded, returns the one recorded. the database this station runs on now (without its password); &quot;&quot; = its own journal</extracomment>
        <translation>Trạm này không có khóa kho hàng để hiện.</translation>
    </message>
    <message>
        <source>Enter the address of the warehouse database first.</source>
        <translation>Hãy nhập địa chỉ cơ sở dữ liệu kho hàng trước.</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2).</source>
        <translation>Đã kết nối tới %1 (PostgreSQL %2).</translation>
    </message>
    <message>
        <source>The database is empty; lazpack sets it up at the next start.</source>
        <translation>Cơ sở dữ liệu còn trống; lazpack sẽ thiết lập ở lần mở sau.</translation>
    </message>
    <message>
        <source>No warehouse key yet: the first shop authorized on a station of this warehouse creates it.</source>
        <translation>Chưa có khóa kho hàng: cửa hàng đầu tiên được ủy quyền trên một trạm của kho sẽ tạo khóa.</translation>
    </message>
    <message>
        <source>This station has the warehouse key.</source>
        <translation>Trạm này có khóa kho hàng.</translation>
    </message>
    <message>
        <source>This station holds a different warehouse key: join again with this warehouse&apos;s key.</source>
        <translation>Trạm này giữ một khóa kho hàng khác: hãy tham gia lại bằng khóa của kho hàng này.</translation>
    </message>
    <message>
        <source>This station has not joined yet: Join this warehouse with the key shown on a station that is already set up.</source>
        <translation>Trạm này chưa tham gia: Tham gia kho hàng này bằng khóa hiển thị trên một trạm đã thiết lập.</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) in this warehouse.</source>
        <translation>
            <numerusform>Kho hàng này có %n cửa hàng.</numerusform>
        </translation>
    </message>
    <message>
        <source>That key is not this warehouse&apos;s key: its database was set up with another one.</source>
        <translation>Khóa này không phải khóa của kho hàng này: cơ sở dữ liệu đã được thiết lập với khóa khác.</translation>
    </message>
    <message>
        <source>Copy the key again from Settings → Warehouse → Show warehouse key on a station of this warehouse, and check the database address.</source>
        <translation>Sao chép lại khóa từ Cài đặt → Kho hàng → Hiện khóa kho hàng trên một trạm của kho này, và kiểm tra địa chỉ cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>This station has joined the warehouse. Its shops open here from the next start.</source>
        <translation>Trạm này đã tham gia kho hàng. Các cửa hàng của kho sẽ mở ở đây từ lần mở sau.</translation>
    </message>
    <message>
        <source>Saved: this station uses its own journal from the next start.</source>
        <translation>Đã lưu: trạm này dùng nhật ký riêng từ lần mở sau.</translation>
    </message>
    <message>
        <source>Saved: this station uses the warehouse database from the next start.</source>
        <translation>Đã lưu: trạm này dùng cơ sở dữ liệu kho hàng từ lần mở sau.</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key does not match the one the shop&apos;s secrets were sealed with.</source>
        <translation>Khóa kho hàng của trạm này không khớp với khóa đã niêm phong bí mật của cửa hàng.</translation>
    </message>
    <message>
        <source>Settings → Warehouse → Join this warehouse, with the key shown on a station that is already set up.</source>
        <translation>Cài đặt → Kho hàng → Tham gia kho hàng này, với khóa hiển thị trên một trạm đã thiết lập.</translation>
    </message>
    <message>
        <source>The shop secrets of %1 in the warehouse database fail their integrity check (altered or copied from another shop).</source>
        <translation>Bí mật của cửa hàng %1 trong cơ sở dữ liệu kho hàng không qua được kiểm tra toàn vẹn (bị sửa hoặc sao chép từ cửa hàng khác).</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>Ủy quyền lại cửa hàng trên một trạm.</translation>
    </message>
    <message>
        <source>The warehouse database %1 cannot be reached (%2).</source>
        <extracomment>the ``shared_settings`` row holding the warehouse key&apos;s fingerprint what keeps a connection from being made (ValueError: an address asyncpg cannot use)</extracomment>
        <translation>Không kết nối được cơ sở dữ liệu kho hàng %1 (%2).</translation>
    </message>
    <message>
        <source>Check the address, the user and the password, and that the PostgreSQL server is running and accepts connections from this PC.</source>
        <translation>Kiểm tra địa chỉ, người dùng và mật khẩu, và máy chủ PostgreSQL đang chạy và cho phép kết nối từ máy này.</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <source>Warehouse key</source>
        <translation>Khóa kho hàng</translation>
    </message>
    <message>
        <source>Type this key at the station that joins (Settings → Warehouse → Join this warehouse). Anyone with it and the database can read the shops&apos; secrets: do not send it by e-mail or chat, and close this box when done.</source>
        <translation>Nhập khóa này ở trạm tham gia (Cài đặt → Kho hàng → Tham gia kho hàng này). Ai có khóa và cơ sở dữ liệu đều đọc được bí mật của cửa hàng: đừng gửi qua e-mail hay chat, và đóng hộp này khi xong.</translation>
    </message>
    <message>
        <source>Join this warehouse</source>
        <translation>Tham gia kho hàng này</translation>
    </message>
    <message>
        <source>On a station that is already set up, open Settings → Warehouse → Show warehouse key, and type the key here (spaces do not matter).</source>
        <translation>Trên một trạm đã thiết lập, mở Cài đặt → Kho hàng → Hiện khóa kho hàng, rồi nhập khóa vào đây (dấu cách không quan trọng).</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <extracomment>what was typed, taken out of the field as the box closes</extracomment>
        <translation>Kho hàng</translation>
    </message>
    <message>
        <source>Stations of one warehouse share a PostgreSQL database: each order is packed at one station, each shop is synced by one and authorized once for all. Leave the address empty to keep this PC&apos;s own journal.</source>
        <translation>Các trạm của một kho hàng dùng chung một cơ sở dữ liệu PostgreSQL: mỗi đơn được đóng gói ở một trạm, mỗi cửa hàng được một trạm đồng bộ và ủy quyền một lần cho tất cả. Để trống địa chỉ để giữ nhật ký riêng của máy này.</translation>
    </message>
    <message>
        <source>saved in the keyring</source>
        <translation>đã lưu trong kho khóa</translation>
    </message>
    <message>
        <source>the database user&apos;s password</source>
        <translation>mật khẩu của người dùng cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Thử kết nối</translation>
    </message>
    <message>
        <source>This station runs on %1 now.</source>
        <translation>Trạm này đang chạy trên %1.</translation>
    </message>
    <message>
        <source>This station runs on this PC&apos;s own journal now.</source>
        <translation>Trạm này đang dùng nhật ký riêng của máy này.</translation>
    </message>
    <message>
        <source>A new address applies at the next start of lazpack. The password is kept in this PC&apos;s keyring, never in the settings file.</source>
        <translation>Địa chỉ mới có hiệu lực ở lần mở lazpack sau. Mật khẩu được giữ trong kho khóa của máy này, không bao giờ trong tệp cài đặt.</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Địa chỉ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Show warehouse key…</source>
        <translation>&amp;Hiện khóa kho hàng…</translation>
    </message>
    <message>
        <source>&amp;Join this warehouse…</source>
        <translation>Tham &amp;gia kho hàng này…</translation>
    </message>
    <message>
        <source>This station has no warehouse key. Join this warehouse with the key shown on a station that is already set up; the first station of a new warehouse creates the key when it authorizes a shop.</source>
        <translation>Trạm này không có khóa kho hàng. Hãy tham gia kho hàng này bằng khóa hiển thị trên một trạm đã thiết lập; trạm đầu tiên của một kho hàng mới tạo khóa khi ủy quyền một cửa hàng.</translation>
    </message>
    <message>
        <source>This station has the warehouse key (fingerprint %1).</source>
        <translation>Trạm này có khóa kho hàng (dấu vân tay %1).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Show the warehouse key?</source>
        <translation>Hiện khóa kho hàng?</translation>
    </message>
    <message>
        <source>The warehouse key unlocks the secrets of every shop of this warehouse. Show it only to type it at a station that joins, with nobody else looking.</source>
        <translation>Khóa kho hàng mở được bí mật của mọi cửa hàng trong kho này. Chỉ hiện để nhập ở trạm tham gia, khi không có ai khác nhìn.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Đang kiểm tra khóa…</translation>
    </message>
</context>
<context>
    <name>WarehouseTokens</name>
    <message>
        <source>The renewed tokens are kept on this station until the warehouse database is back.</source>
        <extracomment>A rotated pair Lazada gave us that the database has not stored yet.</extracomment>
        <translation>Các token đã gia hạn được giữ trên trạm này cho tới khi cơ sở dữ liệu kho hàng trở lại.</translation>
    </message>
    <message>
        <source>Connected (shared by the warehouse)</source>
        <translation>Đã kết nối (dùng chung trong kho hàng)</translation>
    </message>
    <message>
        <source>Shop %1 is not authorized in this warehouse; authorize it on one station.</source>
        <translation>Cửa hàng %1 chưa được ủy quyền trong kho này; hãy ủy quyền trên một trạm.</translation>
    </message>
    <message>
        <source>Shop %1 has no tokens to refresh.</source>
        <translation>Cửa hàng %1 không có token để làm mới.</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1; authorize it again on one station.</source>
        <translation>Lazada không còn chấp nhận ủy quyền của cửa hàng %1; hãy ủy quyền lại trên một trạm.</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <source>⚠ The warehouse database cannot be reached (since %1). Scans are kept, but no new order can be opened or claimed, and the open order&apos;s Lazada steps wait until the database is back. Reconnecting…</source>
        <extracomment>(background, text): a red that cannot be mistaken for the amber DEMO bar the &quot;Packing at&quot; column&apos;s first width: &quot;Station 12 · Ana · 40 s ago&quot; whole how long &quot;the warehouse database is back&quot; stays in the status bar</extracomment>
        <translation>⚠ Không kết nối được cơ sở dữ liệu kho (từ %1). Các lần quét vẫn được giữ, nhưng không thể mở hay nhận đơn mới, và các bước Lazada của đơn đang mở phải chờ đến khi cơ sở dữ liệu có lại. Đang kết nối lại…</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>no order open</source>
        <translation>chưa mở đơn</translation>
    </message>
    <message>
        <source>order open</source>
        <translation>đã mở đơn</translation>
    </message>
    <message>
        <source>verifying items</source>
        <translation>đang kiểm sản phẩm</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>đã kiểm đủ sản phẩm</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>đã đóng gói</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>đã in phiếu</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>sẵn sàng giao</translation>
    </message>
    <message>
        <source>open an order</source>
        <translation>mở đơn</translation>
    </message>
    <message>
        <source>verify an item</source>
        <translation>kiểm sản phẩm</translation>
    </message>
    <message>
        <source>finish verifying</source>
        <translation>kiểm xong</translation>
    </message>
    <message>
        <source>undo a scan</source>
        <translation>hoàn tác lần quét</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>đóng gói</translation>
    </message>
    <message>
        <source>pack the verified items only</source>
        <translation>chỉ đóng gói phần đã kiểm</translation>
    </message>
    <message>
        <source>use the existing label</source>
        <translation>dùng phiếu hiện có</translation>
    </message>
    <message>
        <source>print the label</source>
        <translation>in phiếu</translation>
    </message>
    <message>
        <source>confirm the label</source>
        <translation>xác nhận phiếu</translation>
    </message>
    <message>
        <source>mark ready to ship</source>
        <translation>đặt sẵn sàng giao</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>đóng gói lại</translation>
    </message>
    <message>
        <source>cancel the order</source>
        <translation>hủy đơn</translation>
    </message>
    <message>
        <source>close the order</source>
        <translation>đóng đơn</translation>
    </message>
    <message>
        <source>Lazada already has this order packed: repack it, or close it.</source>
        <extracomment>(state, event) -&gt; next state. Everything else is illegal.</extracomment>
        <translation>Lazada đã đóng gói đơn này: hãy đóng gói lại hoặc đóng đơn.</translation>
    </message>
    <message>
        <source>Cannot %1 while the order is %2.</source>
        <translation>Không thể %1 khi đơn đang ở trạng thái %2.</translation>
    </message>
    <message>
        <source>Scan an order number, tracking number or package id.</source>
        <extracomment>States in which the packer is still scanning the order&apos;s items.</extracomment>
        <translation>Quét mã đơn, mã vận đơn hoặc mã kiện hàng.</translation>
    </message>
    <message>
        <source>Scan DONE to try again, or CANCEL.</source>
        <translation>Quét DONE để thử lại, hoặc CANCEL.</translation>
    </message>
    <message>
        <source>Working on it — please wait.</source>
        <translation>Đang xử lý — vui lòng chờ.</translation>
    </message>
    <message>
        <source>Scan the label on the parcel to confirm it.</source>
        <translation>Quét phiếu trên gói hàng để xác nhận.</translation>
    </message>
    <message>
        <source>Scan DONE to pack.</source>
        <translation>Quét DONE để đóng gói.</translation>
    </message>
    <message>
        <source>Scan DONE to print the label.</source>
        <translation>Quét DONE để in phiếu.</translation>
    </message>
    <message>
        <source>Scan DONE to mark ready to ship.</source>
        <translation>Quét DONE để đặt sẵn sàng giao.</translation>
    </message>
    <message>
        <source>Put the parcel aside and scan the next order.</source>
        <translation>Để gói hàng sang bên và quét đơn tiếp theo.</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1 — %2 (%3 left); %n more SKU(s) missing.</source>
        <translation>
            <numerusform>Quét %1 — %2 (còn %3); còn thiếu %n SKU khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan %1 — %2 (%3 left).</source>
        <translation>Quét %1 — %2 (còn %3).</translation>
    </message>
</context>
</TS>
