<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Open another order?</source>
        <translation>打开另一个订单？</translation>
    </message>
    <message>
        <source>Order {current} is being packed ({verified} of {expected} items verified).

Leave it and open order {other}?</source>
        <translation>订单 {current} 正在打包（已核对 {verified}/{expected} 件商品）。

放下它并打开订单 {other}？</translation>
    </message>
    <message>
        <source>&amp;Leave it, open {other}</source>
        <translation>放下，打开 {other}(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep packing {current}</source>
        <translation>继续打包 {current}(&amp;K)</translation>
    </message>
    <message>
        <source>Pick list</source>
        <extracomment>settings.ui keys (no new settings fields: the ui dict is the window&apos;s own)</extracomment>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>The selected orders (%n)</source>
        <translation>选中的订单（%n）</translation>
    </message>
    <message>
        <source>Every order of this tab (%n)</source>
        <translation>此标签页的所有订单（%n）</translation>
    </message>
    <message>
        <source>Everything to pack for the shipping provider</source>
        <translation>该物流商所有待打包的订单</translation>
    </message>
    <message>
        <source>Add a packing slip page per order</source>
        <translation>每个订单加一页装箱单</translation>
    </message>
    <message>
        <source>A4 printer</source>
        <translation>A4 打印机</translation>
    </message>
    <message>
        <source>(ask with the print dialog)</source>
        <translation>（在打印对话框中选择）</translation>
    </message>
    <message>
        <source>Make pick list</source>
        <translation>生成拣货单</translation>
    </message>
    <message>
        <source>%n selected orders</source>
        <translation>选中的 %n 个订单</translation>
    </message>
    <message>
        <source>Pick list #%1</source>
        <translation>拣货单 #%1</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship the %n orders to pack</source>
        <translation>打包并发货 %n 个待打包订单</translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>打开选中的订单</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>正在生成拣货单…</translation>
    </message>
    <message>
        <source>The pick list could not be saved: </source>
        <translation>拣货单无法保存：</translation>
    </message>
    <message>
        <source>Pick list #%1 saved as %2</source>
        <translation>拣货单 #%1 已保存为 %2</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>No barcode yet</source>
        <translation>还没有条码</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>导入 CSV/XLSX…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Stickers for the selected SKUs…</source>
        <translation>为选中的 SKU 打印贴纸…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%n SKUs</source>
        <translation>%n 个 SKU</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>导入商品目录</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>导出商品目录</translation>
    </message>
    <message>
        <source>Imported: %n SKUs changed.</source>
        <translation>已导入：%n 个 SKU 有变更。</translation>
    </message>
    <message>
        <source>%n SKUs exported to </source>
        <translation>%n 个 SKU 已导出到 </translation>
    </message>
    <message>
        <source>Select the SKUs to print stickers for first.</source>
        <translation>请先选择要打印贴纸的 SKU。</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>Import %n changes</source>
        <translation>导入 %n 项变更</translation>
    </message>
    <message>
        <source>SKU stickers</source>
        <translation>SKU 贴纸</translation>
    </message>
    <message>
        <source>Sticker size</source>
        <translation>贴纸尺寸</translation>
    </message>
    <message>
        <source>(save as PDF)</source>
        <translation>（保存为 PDF）</translation>
    </message>
    <message>
        <source>Sticker printer</source>
        <translation>贴纸打印机</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save stickers as PDF</source>
        <translation>将贴纸保存为 PDF</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>未保存：</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>lazpack is free software under the MIT licence.
It ships Qt and Qt for Python (LGPL-3.0) and FFmpeg (LGPL-2.1+) as separate, replaceable libraries, and the Python packages listed below under their own licences.</source>
        <translation>lazpack 是采用 MIT 许可证的自由软件。
它附带 Qt 和 Qt for Python（LGPL-3.0）以及 FFmpeg（LGPL-2.1+），均为可替换的独立库，下列 Python 包各自遵循其许可证。</translation>
    </message>
    <message>
        <source>(The third-party notices could not be read: %1)</source>
        <translation>（无法读取第三方声明：%1）</translation>
    </message>
    <message>
        <source>Diagnostics copied — paste them into your message to support.</source>
        <translation>诊断信息已复制，请粘贴到发给技术支持的消息中。</translation>
    </message>
    <message>
        <source>About lazpack</source>
        <translation>关于 lazpack</translation>
    </message>
    <message>
        <source>Packing station for Lazada sellers: scan, verify, pack, print the AWB, ready to ship.</source>
        <translation>Lazada 卖家打包工作站：扫描、核对、打包、打印面单、准备发货。</translation>
    </message>
    <message>
        <source>Data folder: %1&lt;br&gt;Settings: %2&lt;br&gt;Log folder: %3</source>
        <translation>数据文件夹：%1&lt;br&gt;设置：%2&lt;br&gt;日志文件夹：%3</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>许可证：</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Link this barcode?</source>
        <translation>关联此条码？</translation>
    </message>
    <message>
        <source>“%1” is unknown. Is it one of these items? It will be remembered for this shop.</source>
        <translation>无法识别“%1”。它是下列商品之一吗？本店铺会记住。</translation>
    </message>
    <message>
        <source>Confirm an item without barcode</source>
        <translation>确认无条码商品</translation>
    </message>
    <message>
        <source>Which item did you check by eye? It is recorded as confirmed manually.</source>
        <translation>您目视核对的是哪件商品？将记录为手动确认。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Connecting to the warehouse database…</source>
        <extracomment>What runs after the first paint waits at most this long for it (a window that starts minimised or on a screen that never paints must still open its shops). built with the window (a saved printer that is gone is reported there) settings fields that fell back to defaults at start (shown once the window is up) set once the window&apos;s first frame is painted (or after ``FIRST_PAINT_WAIT_S``) set once the core and the scan path are built (right after the first paint)</extracomment>
        <translation>正在连接共享数据库…</translation>
    </message>
    <message>
        <source>Serial scanner on %1.</source>
        <translation>串口扫描枪：%1。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lazpack — internal error</source>
        <translation>lazpack — 内部错误</translation>
    </message>
    <message>
        <source>Something went wrong inside lazpack. Your work so far is kept.
If it happens again, copy the details below and send them to support.</source>
        <translation>lazpack 内部出错，已完成的工作都已保留。
如果再次发生，请复制下方详情发给技术支持。</translation>
    </message>
    <message>
        <source>lazpack — settings</source>
        <translation>lazpack — 设置</translation>
    </message>
    <message>
        <source>Some settings could not be used; lazpack uses the defaults for them.</source>
        <translation>部分设置项无法使用，lazpack 已改用标准设定。</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Paste the address the browser showed after consenting.</source>
        <extracomment>The seller consent page (lazada-api.md §2.1); one host for every country. Refresh the access token when less than this is left (issue 7: &quot;under a day&quot;). Warn that the shop must be re-authorized when its refresh token has less than this left. Below this the current access token is not worth using even if a refresh failed.</extracomment>
        <translation>粘贴同意授权后浏览器显示的地址。</translation>
    </message>
    <message>
        <source>That does not look like an authorization code.</source>
        <translation>这看起来不是授权码。</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Lazada 未授权店铺：%1</translation>
    </message>
    <message>
        <source>The pasted address has no authorization code (…?code=…).</source>
        <translation>粘贴的地址中没有授权码（…?code=…）。</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser after clicking Submit on Lazada.</source>
        <translation>在 Lazada 上点击 Submit 后，从浏览器复制完整地址。</translation>
    </message>
    <message>
        <source>The pasted address belongs to a different authorization attempt.</source>
        <translation>粘贴的地址属于另一次授权。</translation>
    </message>
    <message>
        <source>Click Authorize again and paste the address from that browser tab.</source>
        <translation>再次点击 Authorize，并粘贴那个浏览器标签页中的地址。</translation>
    </message>
</context>
<context>
    <name>Barcodes</name>
    <message>
        <source>“%1” is an item, and no order is open. Scan the order number or its label first.</source>
        <translation>“%1”是商品，但还没有打开订单。请先扫描订单号或面单。</translation>
    </message>
    <message>
        <source>“%1” is not an open order, tracking number or package id.</source>
        <translation>“%1”不是待处理订单、运单号或包裹号。</translation>
    </message>
    <message>
        <source>“%1” is not the label of order %2 (expected %3). Check the parcel&apos;s label.</source>
        <translation>“%1”不是订单 %2 的面单（应为 %3）。请检查包裹上的面单。</translation>
    </message>
    <message>
        <source>Wrong item: “%1” is %2, which is not in order %3.</source>
        <translation>商品错误：“%1”是 %2，不在订单 %3 中。</translation>
    </message>
    <message>
        <source>Wrong item: %1 is not in order %2 (it belongs to order %3).</source>
        <translation>商品错误：%1 不在订单 %2 中（属于订单 %3）。</translation>
    </message>
    <message>
        <source> Link it to one of this order&apos;s items if it is one of them.</source>
        <translation>如果它是本订单中的某件商品，请关联到该商品。</translation>
    </message>
    <message>
        <source>Unknown barcode “%1”.%2</source>
        <translation>未知条码“%1”。%2</translation>
    </message>
</context>
<context>
    <name>BatchOutcomeDialog</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>emitted with the newest report after a retry finished</extracomment>
        <translation>订单</translation>
    </message>
    <message>
        <source>Package / item</source>
        <translation>包裹 / 商品</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Lazada says</source>
        <translation>Lazada 回复</translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <translation>重试失败的行(&amp;R)</translation>
    </message>
    <message>
        <source>Unknown: Lazada may or may not have applied these; lazpack re-reads the orders before anything is sent again.</source>
        <translation>未知：Lazada 可能已执行，也可能没有；lazpack 会先重新读取订单再发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) can be retried.</source>
        <translation>
            <numerusform>%n 个失败行可以重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retry possible)</source>
        <translation>%1（可重试）</translation>
    </message>
    <message>
        <source>The answer was lost; the order is re-read before re-sending.</source>
        <translation>回复丢失；重新发送前会重新读取订单。</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n row(s)…</source>
        <translation>
            <numerusform>正在重试 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>重试失败：%1</translation>
    </message>
    <message>
        <source>Retry failed: internal error (logged).</source>
        <translation>重试失败：内部错误（已记录）。</translation>
    </message>
</context>
<context>
    <name>BatchPacker</name>
    <message>
        <source>not changed: %1 (read twice), so nothing was sent</source>
        <extracomment>the item ids the order book holds for the order: a fresh read must have them all digital items still to deliver; physical: the order has items to pack</extracomment>
        <translation>未更改：%1（已读取两次），因此未发送任何内容</translation>
    </message>
    <message>
        <source>not in the open orders list</source>
        <translation>不在待处理订单列表中</translation>
    </message>
    <message>
        <source>open at the scan station; finish or cancel it there first</source>
        <translation>正在扫描台处理；请先在那里完成或取消</translation>
    </message>
    <message>
        <source>could not read the order</source>
        <translation>无法读取订单</translation>
    </message>
    <message>
        <source>part of it is still packed from a refused attempt and could not be undone</source>
        <translation>部分商品仍在被拒绝的那次打包中，且无法撤销</translation>
    </message>
    <message>
        <source>Delivered by your own fleet: no AWB; print its delivery slip in the DBS tab and mark it delivered there.</source>
        <translation>卖家自配送：没有 AWB；在 DBS 标签页打印配送单，并在那里标记已送达。</translation>
    </message>
    <message>
        <source>digital items not delivered: %1</source>
        <translation>数字商品未送达：%1</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention its digital items</source>
        <translation>Lazada 的回复没有提到数字商品</translation>
    </message>
    <message>
        <source>the answer to the digital delivery was lost; it is checked with Lazada before anything is sent again</source>
        <translation>数字商品配送的回复丢失；再次发送前先向 Lazada 核对</translation>
    </message>
    <message>
        <source>digital delivery refused: %1 (%2)</source>
        <translation>数字商品配送被拒：%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n digital item(s) delivered.</source>
        <translation>
            <numerusform>已送达 %n 件数字商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lazada refused to deliver its digital items: %1 (%2)</source>
        <translation>Lazada 拒绝送达数字商品：%1 (%2)</translation>
    </message>
    <message>
        <source>digital items already delivered.</source>
        <translation>数字商品已送达。</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>没有商品</translation>
    </message>
    <message>
        <source>no digital item to deliver (%1)</source>
        <translation>没有要送达的数字商品 (%1)</translation>
    </message>
    <message>
        <source>already packed; not packed again.</source>
        <translation>已打包；不再重复打包。</translation>
    </message>
    <message>
        <source>nothing to pack (items canceled, shipped or not paid)</source>
        <translation>无可打包（商品已取消、已发货或未付款）</translation>
    </message>
    <message>
        <source>no shipment provider was chosen for this group</source>
        <translation>这组没有选择物流商</translation>
    </message>
    <message>
        <source>Lazada refused to pack it: %1 (%2)</source>
        <translation>Lazada 拒绝打包：%1 (%2)</translation>
    </message>
    <message>
        <source>shipment providers not read: %1</source>
        <translation>未读取物流商：%1</translation>
    </message>
    <message>
        <source>Lazada refused to offer a shipment provider: %1 (%2)</source>
        <translation>Lazada 拒绝提供物流商：%1 (%2)</translation>
    </message>
    <message>
        <source>the pack answer was lost and the order could not be checked</source>
        <translation>打包回复丢失，且无法核查订单</translation>
    </message>
    <message>
        <source>the pack answer was lost; %1</source>
        <translation>打包回复丢失；%1</translation>
    </message>
    <message>
        <source>pack refused: %1 (%2)</source>
        <translation>打包被拒：%1（%2）</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this order</source>
        <translation>Lazada 的回复没有提到此订单</translation>
    </message>
    <message>
        <source> — the order was left unpacked so it ships in one parcel.</source>
        <translation>——订单保持未打包，以便一个包裹发出。</translation>
    </message>
    <message>
        <source> — the other items may stay packed in %1.</source>
        <translation>——其他商品可能仍在 %1 中。</translation>
    </message>
    <message>
        <source>label not fetched: %1</source>
        <translation>未获取面单：%1</translation>
    </message>
    <message>
        <source>Lazada refused to print its label: %1 (%2)</source>
        <translation>Lazada 拒绝打印面单：%1 (%2)</translation>
    </message>
    <message>
        <source>label not printed: %1</source>
        <translation>未打印面单：%1</translation>
    </message>
    <message>
        <source>could not check before ready to ship</source>
        <translation>设为准备发货前无法核查</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>Lazada refused to set it ready to ship: %1 (%2)</source>
        <translation>Lazada 拒绝设为准备发货：%1 (%2)</translation>
    </message>
    <message>
        <source>the ready-to-ship answer was lost and it did not apply</source>
        <translation>准备发货的回复丢失，且未生效</translation>
    </message>
    <message>
        <source>ready to ship refused: %1 (%2)</source>
        <translation>准备发货被拒：%1（%2）</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this package</source>
        <translation>Lazada 的回复没有提到此包裹</translation>
    </message>
    <message>
        <source>no row for this order in the answer</source>
        <translation>回复中没有此订单的记录</translation>
    </message>
    <message>
        <source>the whole call was refused: %1 (%2)</source>
        <translation>整个请求被拒：%1 (%2)</translation>
    </message>
    <message>
        <source>; the packed part is still to undo</source>
        <translation>；已打包的部分仍需撤销</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 has no SKU column.</source>
        <translation>%1 没有 SKU 列。</translation>
    </message>
    <message>
        <source>The first row names the columns: %1.</source>
        <translation>第一行为列名：%1。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (%2).</source>
        <translation>%1 不是 UTF-8 文本（%2）。</translation>
    </message>
    <message>
        <source>Save it from the spreadsheet as “CSV UTF-8”, or as .xlsx.</source>
        <translation>请在表格软件中另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Cancel this order (before packing) / close it</source>
        <extracomment>Control and format characters: GS (FNC1 as transmitted), RS, EOT, stray CR/LF/Tab, zero-width spaces some wedge drivers inject. Every command barcode starts with this. &quot;#&quot; and &quot;:&quot; together never occur in Lazada SKUs in practice, Code128 (set B) encodes them, and the prefix is short enough for a 100 mm wide command sheet. What the command sheet prints under each barcode (the packer&apos;s words).</extracomment>
        <translation>取消此订单（打包前）/ 关闭订单</translation>
    </message>
    <message>
        <source>Done: finish the remaining steps</source>
        <translation>完成：执行剩余步骤</translation>
    </message>
    <message>
        <source>Reprint the label</source>
        <translation>重打面单</translation>
    </message>
    <message>
        <source>Repack (new package, new label)</source>
        <translation>重新打包（新包裹、新面单）</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>撤销上一次商品扫描</translation>
    </message>
    <message>
        <source>Confirm the missing item without a barcode</source>
        <translation>无条码确认缺少的商品</translation>
    </message>
    <message>
        <source>Pack the verified items only</source>
        <translation>只打包已核对的商品</translation>
    </message>
    <message>
        <source>Log in as packer</source>
        <translation>打包员登录</translation>
    </message>
    <message>
        <source>Log out packer</source>
        <translation>打包员退出</translation>
    </message>
    <message>
        <source>Pick list: list its orders</source>
        <translation>拣货单：列出其订单</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>打包员：%1</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>lazpack — command barcodes</source>
        <translation>lazpack — 指令条码</translation>
    </message>
    <message>
        <source>There are no commands to print.</source>
        <translation>没有可打印的指令。</translation>
    </message>
    <message>
        <source>“%1” cannot be a Code128 barcode.</source>
        <translation>“%1”无法生成 Code128 条码。</translation>
    </message>
    <message>
        <source>Use ASCII letters only.</source>
        <translation>只能使用 ASCII 字母。</translation>
    </message>
    <message>
        <source>Scan a barcode with the station&apos;s scanner. Keep this sheet next to the packing desk.</source>
        <translation>用工作站的扫描枪扫描条码。请把这张纸放在打包台旁边。</translation>
    </message>
</context>
<context>
    <name>DbsDeliveryDialog</name>
    <message>
        <source>Delivered by seller</source>
        <translation>卖家自配送</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) delivered by your own fleet:</source>
        <translation>
            <numerusform>%n 个包裹由您自己的车队配送：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  —  order %2  —  %n unit(s)</source>
        <translation>
            <numerusform>%1  —  订单 %2  —  %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>已送达(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Failed delivery</source>
        <translation>配送失败(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>标记为失败</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记为已送达</translation>
    </message>
</context>
<context>
    <name>DbsPanel</name>
    <message>
        <source>Package</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Mark &amp;delivered…</source>
        <translation>标记为已送达…(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Failed delivery…</source>
        <translation>配送失败…(&amp;F)</translation>
    </message>
    <message>
        <source>Print delivery &amp;slips</source>
        <translation>打印配送单(&amp;S)</translation>
    </message>
</context>
<context>
    <name>DeliverySlip</name>
    <message>
        <source>Package %1 has no items to put on a delivery slip.</source>
        <extracomment>3 dots per module on a 203 dpi thermal head: bars land on whole dots and scan reliably.</extracomment>
        <translation>包裹 %1 没有可写入配送单的商品。</translation>
    </message>
    <message>
        <source>Refresh the order and try again.</source>
        <translation>刷新订单后重试。</translation>
    </message>
    <message>
        <source>Delivery slip %1</source>
        <translation>配送单 %1</translation>
    </message>
    <message>
        <source>DELIVERY SLIP</source>
        <translation>配送单</translation>
    </message>
    <message>
        <source>Delivered by seller · page %1</source>
        <translation>卖家自配送 · 第 %1 页</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>卖家自配送</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>包裹 %1</translation>
    </message>
    <message>
        <source>DELIVER TO</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Tel %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>COLLECT (COD): %1</source>
        <translation>代收货款（COD）：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s)</source>
        <translation>
            <numerusform>%n 个 SKU</numerusform>
        </translation>
    </message>
    <message>
        <source>Received by: ____________________</source>
        <translation>签收人：____________________</translation>
    </message>
</context>
<context>
    <name>DialogPrint</name>
    <message>
        <source>Print labels</source>
        <extracomment>saves the station&apos;s settings; without it (an A4 command sheet) nothing is offered to be remembered</extracomment>
        <translation>打印面单</translation>
    </message>
    <message>
        <source> — choose a printer</source>
        <translation>——选择打印机</translation>
    </message>
</context>
<context>
    <name>EvidencePdf</name>
    <message>
        <source>Packing evidence, order %1</source>
        <translation>打包证据，订单 %1</translation>
    </message>
    <message>
        <source>Packing evidence — order %1</source>
        <translation>打包证据 — 订单 %1</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>包裹内</translation>
    </message>
    <message>
        <source>Scans at the station</source>
        <translation>工作站的扫描记录</translation>
    </message>
    <message>
        <source>… %1 more scans in the station&apos;s journal</source>
        <translation>… 另有 %1 条扫描记录在工作站日志中</translation>
    </message>
    <message>
        <source>Made by lazpack on %1</source>
        <translation>由 lazpack 生成于 %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentDialogs</name>
    <message>
        <source>• %1 (order %2)</source>
        <translation>• %1（订单 %2）</translation>
    </message>
    <message>
        <source>Recreate the package?</source>
        <translation>重新创建包裹？</translation>
    </message>
    <message>
        <source>Recreate these packages at Lazada?
%1

The printed label becomes VOID: remove it from the parcel. The order goes back to To pack, and a new package and label follow when it is packed again.</source>
        <translation>在 Lazada 重新创建这些包裹？
%1

已打印的面单将作废：请从包裹上撕下。订单回到“待打包”，再次打包时会生成新的包裹和面单。</translation>
    </message>
    <message>
        <source>&amp;Repack</source>
        <translation>重新打包(&amp;R)</translation>
    </message>
    <message>
        <source>Deliver digital items?</source>
        <translation>交付数字商品？</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n digital item(s) of %1 as delivered at Lazada?
Send the codes or vouchers to the buyers first.</source>
        <translation>
            <numerusform>在 Lazada 上将 %1 的 %n 件数字商品标记为已交付？
请先把兑换码或优惠券发给买家。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>交付(&amp;D)</translation>
    </message>
    <message>
        <source>Order %1 is not loaded, so its slip cannot be printed.</source>
        <translation>订单 %1 尚未加载，无法打印配送单。</translation>
    </message>
    <message>
        <source>Refresh the orders (F5) and try again.</source>
        <translation>刷新订单（F5）后重试。</translation>
    </message>
    <message>
        <source>DBS delivery slips</source>
        <translation>DBS 配送单</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
</context>
<context>
    <name>FulfilmentService</name>
    <message>
        <source>Repack</source>
        <extracomment>Reasons offered for a failed DBS delivery; the packer may type another one. A DBS package is out with the seller&apos;s own fleet after RTS; Confirm/FailedDeliveryForDBS act on ``ready_to_ship`` only (lazada-api.md §4.6, §5). A paid digital item waits in ``pending``; DeliverDigital moves it to ``delivered`` (§5).</extracomment>
        <translation>重新打包</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记为已送达</translation>
    </message>
    <message>
        <source>Failed delivery</source>
        <translation>配送失败</translation>
    </message>
    <message>
        <source>Deliver digital items</source>
        <translation>交付数字商品</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <extracomment>Lazada refused the whole call, not this row (see ``RowResult.whole_call``)</extracomment>
        <translation>成功 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>未知 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order (%1 allocation) and does not allocate one itself.</source>
        <translation>Lazada 没有为此订单提供物流商（%1 分配），也不会自动分配。</translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <extracomment>Package ids alone, or ``{package_id: order_id}`` so the journal and the report know the order. One batch call of the port: package ids in, merged rows out.</extracomment>
        <translation>没有可重试的内容。</translation>
    </message>
    <message>
        <source>Only rows Lazada marked as retryable can be re-sent.</source>
        <translation>只有 Lazada 标记为可重试的行才能重新发送。</translation>
    </message>
    <message>
        <source>Item %1 has no order id; reload the order.</source>
        <translation>商品 %1 没有订单号；请重新加载订单。</translation>
    </message>
    <message>
        <source>No shipment provider chosen.</source>
        <translation>未选择物流商。</translation>
    </message>
    <message>
        <source>Lazada&apos;s answer did not mention this row</source>
        <translation>Lazada 的回复没有提到此行</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>scan %1</source>
        <extracomment>Orders a search shows at most; the status line says when there are more.</extracomment>
        <translation>扫描 %1</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>%1 (Lazada)</source>
        <translation>%1（Lazada）</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚无回复</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>包裹 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Action / scan</source>
        <translation>操作 / 扫描</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Order id or number, tracking number, package id, SKU or scanned code</source>
        <extracomment>Emitted after every finished search (the number of rows shown). Emitted after an export with (path, rows written).</extracomment>
        <translation>订单号、运单号、包裹号、SKU 或扫描的代码</translation>
    </message>
    <message>
        <source>All packers</source>
        <translation>全部打包员</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV…(&amp;E)</translation>
    </message>
    <message>
        <source>Select a line and press Enter to see the order&apos;s timeline.</source>
        <translation>选择一行并按 Enter 查看订单时间线。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2中的%1</translation>
    </message>
    <message numerus="yes">
        <source> — only the %n most recent orders are shown; narrow the search or the dates to see older ones</source>
        <translation>
            <numerusform>——仅显示最近 %n 个订单；缩小搜索范围或日期以查看更早的订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for these filters.</source>
        <translation>按这些筛选条件未找到结果。</translation>
    </message>
    <message>
        <source>Order %1 — loading…</source>
        <translation>订单 %1 — 加载中…</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>准备发货</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>not packed</source>
        <translation>未打包</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>订单 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>运单 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s) %1</source>
        <translation>
            <numerusform>%n 位打包员 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) %1</source>
        <translation>
            <numerusform>%n 个工作站 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1，%3中%2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong scan(s)</source>
        <translation>
            <numerusform>%n 次扫错</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item scan(s)</source>
        <translation>
            <numerusform>%n 次商品扫描</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n 次失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a known outcome</source>
        <translation>
            <numerusform>%n 个结果未知</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>将历史导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemKeys</name>
    <message>
        <source>seller SKU</source>
        <translation>卖家 SKU</translation>
    </message>
    <message>
        <source>shop SKU</source>
        <translation>店铺 SKU</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>unpaid</source>
        <extracomment>Lazada&apos;s item statuses in the packer&apos;s words (shown through :func:`status_text`).</extracomment>
        <translation>未付款</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待打包</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>repacked</source>
        <translation>已重新打包</translation>
    </message>
    <message>
        <source>ready to ship pending</source>
        <translation>待准备发货</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>准备发货</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>配送失败</translation>
    </message>
    <message>
        <source>shipped back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>shipped back success</source>
        <translation>退回成功</translation>
    </message>
    <message>
        <source>shipped back failed</source>
        <translation>退回失败</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>lost by 3PL</source>
        <translation>被物流丢失</translation>
    </message>
    <message>
        <source>damaged by 3PL</source>
        <translation>被物流损坏</translation>
    </message>
</context>
<context>
    <name>JournalConnection</name>
    <message>
        <source>The journal %1 could not store a text with an invalid character.</source>
        <translation>日志 %1 无法保存含无效字符的文本。</translation>
    </message>
    <message>
        <source>Scan again; report it if it keeps happening.</source>
        <translation>请重新扫描；如果一直出现请报告。</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another program (%2).</source>
        <translation>日志 %1 被其他程序锁定（%2）。</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>关闭使用此数据文件夹的其他 lazpack 窗口或工具后重试。</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full.</source>
        <translation>存放日志 %1 的磁盘已满。</translation>
    </message>
    <message>
        <source>The journal %1 is read-only.</source>
        <translation>日志 %1 为只读。</translation>
    </message>
    <message>
        <source>The journal %1 could not be written to disk (%2).</source>
        <translation>日志 %1 无法写入磁盘（%2）。</translation>
    </message>
    <message>
        <source>Check free disk space and that the disk is still connected, then try again.</source>
        <translation>检查磁盘剩余空间并确认磁盘仍已连接，然后重试。</translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2.</source>
        <translation>日志 %1 无法写入：%2。</translation>
    </message>
    <message>
        <source>Give this user write access to the data folder, or start lazpack with another --data-dir.</source>
        <translation>请给此用户数据文件夹的写权限，或用其他 --data-dir 启动 lazpack。</translation>
    </message>
    <message>
        <source>The damaged journal was kept as %1 and a new one was started.</source>
        <translation>损坏的日志已保留为 %1，并已新建日志。</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2.</source>
        <translation>无法创建日志文件夹 %1：%2。</translation>
    </message>
    <message>
        <source>Move the file in the way, or start lazpack with another --data-dir.</source>
        <translation>移走挡路的文件，或用其他 --data-dir 启动 lazpack。</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: a folder of that name is in the way.</source>
        <translation>无法打开日志 %1：有同名文件夹。</translation>
    </message>
    <message>
        <source>Move or rename that folder, or start lazpack with another --data-dir.</source>
        <translation>移动或重命名该文件夹，或用其他 --data-dir 启动 lazpack。</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: the data folder is read-only.</source>
        <translation>无法写入日志 %1：数据文件夹为只读。</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2.</source>
        <translation>无法打开日志 %1：%2。</translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging (mode %2).</source>
        <translation>日志 %1 无法使用预写日志（模式 %2）。</translation>
    </message>
    <message>
        <source>Keep the data folder on a local disk, not a network share.</source>
        <translation>请把数据文件夹放在本地磁盘，不要放在网络共享上。</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and cannot be moved aside: %2.</source>
        <translation>日志 %1 已损坏且无法移开：%2。</translation>
    </message>
    <message>
        <source>Move the file away by hand, then start lazpack again.</source>
        <translation>请手动移走该文件，然后重新启动 lazpack。</translation>
    </message>
</context>
<context>
    <name>JournalViews</name>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;tats</source>
        <translation>统计(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Journaled</name>
    <message>
        <source>no rows in the answer</source>
        <translation>回复中没有记录</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>Something went wrong.</source>
        <extracomment>Short, plain-language message for the status bar / banner.</extracomment>
        <translation>出错了。</translation>
    </message>
    <message>
        <source>Lazada refused the request.</source>
        <extracomment>What to do next.</extracomment>
        <translation>Lazada 拒绝了请求。</translation>
    </message>
    <message>
        <source>The shop&apos;s authorization is no longer valid.</source>
        <translation>店铺授权已失效。</translation>
    </message>
    <message>
        <source>Reconnect the shop (Shops → Reconnect).</source>
        <translation>重新连接店铺（店铺 → 重新连接）。</translation>
    </message>
    <message>
        <source>The access token is invalid or expired.</source>
        <translation>访问令牌无效或已过期。</translation>
    </message>
    <message>
        <source>The refresh token is invalid or expired; the shop must be authorized again.</source>
        <translation>刷新令牌无效或已过期；店铺必须重新授权。</translation>
    </message>
    <message>
        <source>The authorization code is invalid, used or expired (codes last 30 minutes).</source>
        <translation>授权码无效、已使用或已过期（有效期 30 分钟）。</translation>
    </message>
    <message>
        <source>Start the authorization again.</source>
        <translation>请重新开始授权。</translation>
    </message>
    <message>
        <source>This app can only be authorized through the Service Market.</source>
        <translation>此应用只能通过服务市场授权。</translation>
    </message>
    <message>
        <source>Lazada rejected the request signature.</source>
        <translation>Lazada 拒绝了请求签名。</translation>
    </message>
    <message>
        <source>Check the app key and app secret in the shop settings.</source>
        <translation>请检查店铺设置中的 app key 和 app secret。</translation>
    </message>
    <message>
        <source>Lazada is rate-limiting this app; waiting before trying again.</source>
        <translation>Lazada 正在限流此应用；稍候再试。</translation>
    </message>
    <message>
        <source>Lazada did not answer in time.</source>
        <translation>Lazada 未及时响应。</translation>
    </message>
    <message>
        <source>lazpack retries automatically; check the network if this persists.</source>
        <translation>lazpack 会自动重试；如果持续出现请检查网络。</translation>
    </message>
    <message>
        <source>No connection to Lazada.</source>
        <translation>无法连接 Lazada。</translation>
    </message>
    <message>
        <source>Check the station&apos;s network connection.</source>
        <translation>请检查工作站的网络连接。</translation>
    </message>
    <message>
        <source>Lazada sent an answer lazpack cannot read.</source>
        <translation>Lazada 返回了 lazpack 无法读取的回复。</translation>
    </message>
    <message>
        <source>Nothing was changed locally; try again. Report it if it keeps happening.</source>
        <translation>本地没有任何改动；请重试。如果一直出现请报告。</translation>
    </message>
    <message>
        <source>Lazada says the seller account is not verified or not active.</source>
        <translation>Lazada 表示卖家账户未验证或未激活。</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last action.</source>
        <translation>Lazada 可能已执行，也可能未执行上一个操作。</translation>
    </message>
    <message>
        <source>lazpack checks the order at Lazada before doing anything else.</source>
        <translation>lazpack 会先在 Lazada 核查订单，再做其他操作。</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>未选择任何内容。</translation>
    </message>
    <message>
        <source>Select at least one package or order first.</source>
        <translation>请先至少选择一个包裹或订单。</translation>
    </message>
    <message>
        <source>A reason is required for a failed delivery.</source>
        <translation>配送失败必须填写原因。</translation>
    </message>
    <message>
        <source>Pick a reason from the list or type one.</source>
        <translation>请从列表中选择原因或自行输入。</translation>
    </message>
    <message>
        <source>These labels were printed already.</source>
        <translation>这些面单已经打印过。</translation>
    </message>
    <message>
        <source>Confirm the reprint; a second label on a parcel confuses the courier.</source>
        <translation>请确认重打；一个包裹上有两张面单会让快递员混淆。</translation>
    </message>
    <message>
        <source>Labels printed already: %1.</source>
        <translation>已打印的面单：%1。</translation>
    </message>
    <message>
        <source>This label was voided (the package was re-created).</source>
        <translation>此面单已作废（包裹已重新创建）。</translation>
    </message>
    <message>
        <source>Print the label of the new package instead.</source>
        <translation>请改为打印新包裹的面单。</translation>
    </message>
    <message>
        <source>Lazada offers no shipment provider for this order.</source>
        <translation>Lazada 没有为此订单提供物流商。</translation>
    </message>
    <message>
        <source>Check the order in Seller Center; it cannot be packed from the station yet.</source>
        <translation>请在卖家中心检查此订单；暂时无法在工作站打包。</translation>
    </message>
    <message>
        <source>The label printer is not available.</source>
        <translation>面单打印机不可用。</translation>
    </message>
    <message>
        <source>Check that it is switched on, or choose another printer.</source>
        <translation>请确认打印机已开机，或选择其他打印机。</translation>
    </message>
    <message>
        <source>The system keyring is not available, so shop secrets cannot be stored.</source>
        <translation>系统密钥环不可用，无法保存店铺密钥。</translation>
    </message>
    <message>
        <source>The local journal could not be written.</source>
        <translation>无法写入本地日志。</translation>
    </message>
    <message>
        <source>Check free disk space and permissions of the data folder.</source>
        <translation>请检查磁盘剩余空间和数据文件夹权限。</translation>
    </message>
    <message>
        <source>The local journal cannot be opened.</source>
        <translation>无法打开本地日志。</translation>
    </message>
    <message>
        <source>Update lazpack on this station, or start it with another --data-dir.</source>
        <translation>请在此工作站更新 lazpack，或用其他 --data-dir 启动。</translation>
    </message>
    <message>
        <source>Close the other lazpack window or tool using this data folder and try again.</source>
        <translation>关闭使用此数据文件夹的其他 lazpack 窗口或工具后重试。</translation>
    </message>
    <message>
        <source>The disk holding the local journal is full.</source>
        <translation>存放本地日志的磁盘已满。</translation>
    </message>
    <message>
        <source>Free some disk space (or move the data folder), then try again.</source>
        <translation>请腾出磁盘空间（或移动数据文件夹）后重试。</translation>
    </message>
    <message>
        <source>The shop authorization did not complete.</source>
        <translation>店铺授权未完成。</translation>
    </message>
    <message>
        <source>Click Authorize again and finish the consent page in the browser.</source>
        <translation>再次点击 Authorize，并在浏览器中完成同意页面。</translation>
    </message>
    <message>
        <source>This shop is disconnected and must be authorized again.</source>
        <translation>此店铺已断开，必须重新授权。</translation>
    </message>
    <message>
        <source>The label file cannot be read.</source>
        <translation>无法读取面单文件。</translation>
    </message>
    <message>
        <source>Fetch the label again (Reprint); lazpack discards the damaged copy.</source>
        <translation>请重新获取面单（重打）；lazpack 会丢弃损坏的副本。</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <source>%1 Choose the printer for this label:</source>
        <translation>%1 请为此面单选择打印机：</translation>
    </message>
</context>
<context>
    <name>LabelPrintOptions</name>
    <message>
        <source>Labels</source>
        <extracomment>Windows and macOS show their native dialog, which has no room for the label options: there the defaults apply (always print here, use the label size; a printer chosen to rescue a failed label is never saved); Station → Settings → Label printer changes them.</extracomment>
        <translation>面单</translation>
    </message>
    <message>
        <source>Always print labels here without asking</source>
        <translation>始终在此打印面单，不再询问</translation>
    </message>
    <message>
        <source>Use the label size (%1)</source>
        <translation>使用面单尺寸（%1）</translation>
    </message>
    <message>
        <source>Print on the printer&apos;s own paper (label scaled to fit)</source>
        <translation>用打印机自己的纸打印（面单缩放适配）</translation>
    </message>
    <message>
        <source>If the printer&apos;s paper is not the label&apos;s size:</source>
        <translation>如果打印机的纸张与面单尺寸不同：</translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <source>Unknown label paper %1.</source>
        <extracomment>Thermal label printers print at 203 dpi; PDF output uses it so a saved label prints 1:1. Above this the raster only costs time: no label printer resolves finer. Answers to &quot;the printer&apos;s page does not match the label&quot;, remembered per printer. Page sizes within this many millimetres count as the same paper.</extracomment>
        <translation>未知的面单纸张 %1。</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>请选择其一：%1。</translation>
    </message>
    <message>
        <source>Unknown orientation %1.</source>
        <translation>未知的方向 %1。</translation>
    </message>
    <message>
        <source>Use portrait or landscape.</source>
        <translation>请使用纵向或横向。</translation>
    </message>
    <message>
        <source>The label file cannot be read (%1).</source>
        <translation>无法读取面单文件（%1）。</translation>
    </message>
    <message>
        <source>The label printer “%1” was not found.</source>
        <translation>找不到面单打印机“%1”。</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. Choose another printer in Settings → Printer, or print with the system dialog. Available: %1.</source>
        <translation>可能已拔出、改名或删除。请在设置 → 打印机中选择其他打印机，或使用系统打印对话框。可用：%1。</translation>
    </message>
    <message>
        <source>It may be unplugged, renamed or removed. No printers are installed; print with the system dialog or save the labels as PDF.</source>
        <translation>可能已拔出、改名或删除。未安装任何打印机；请使用系统打印对话框，或将面单保存为 PDF。</translation>
    </message>
    <message>
        <source>The label printer “%1” reports an error (offline or out of labels).</source>
        <translation>面单打印机“%1”报错（离线或面单纸用完）。</translation>
    </message>
    <message>
        <source>Check that it is switched on, connected and loaded, or choose another printer.</source>
        <translation>请确认打印机已开机、已连接并装好面单纸，或选择其他打印机。</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to portrait in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>“%1”使用 %2 × %3 毫米，面单被横过来了。解决：在设置 → 打印机或打印机自身设置中把方向设为纵向。</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm, the label turned sideways. Fix: set the orientation to landscape in Settings → Printer or in the printer&apos;s own settings.</source>
        <translation>“%1”使用 %2 × %3 毫米，面单被横过来了。解决：在设置 → 打印机或打印机自身设置中把方向设为横向。</translation>
    </message>
    <message>
        <source>“%1” uses %2 × %3 mm paper but the label is %4 × %5 mm, so it prints at %6 size. Fix: set the paper size to %4 × %5 mm in the printer&apos;s settings (Printers → Preferences), or pick the paper it really has in Settings → Printer.</source>
        <translation>“%1”使用 %2 × %3 毫米纸张，但面单是 %4 × %5 毫米，所以按 %6 缩放打印。解决：在打印机设置（打印机 → 首选项）中把纸张设为 %4 × %5 毫米，或在设置 → 打印机中选择实际装的纸。</translation>
    </message>
    <message>
        <source>“%1” adds margins (%2 mm), which shrink the label. Fix: set the margins to 0 / borderless in the printer&apos;s settings.</source>
        <translation>“%1”添加了页边距（%2 毫米），会缩小面单。解决：在打印机设置中把页边距设为 0 / 无边距。</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>The print job could not be started on “%1”.</source>
        <translation>无法在“%1”上开始打印。</translation>
    </message>
    <message>
        <source>Check the printer, or choose another; the labels are kept and can be printed again.</source>
        <translation>请检查打印机或选择其他打印机；面单已保留，可以重新打印。</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>打印机停止接收页面。</translation>
    </message>
    <message>
        <source>Check the printer; then print the labels again.</source>
        <translation>请检查打印机，然后重新打印面单。</translation>
    </message>
    <message>
        <source>“%1” failed while printing.</source>
        <translation>“%1”打印时出错。</translation>
    </message>
    <message>
        <source>The printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Check the printer (paper, cover, cable); then print the labels again.</source>
        <translation>请检查打印机（纸张、盖子、线缆），然后重新打印面单。</translation>
    </message>
    <message>
        <source>No label printer is set.</source>
        <translation>未设置面单打印机。</translation>
    </message>
    <message>
        <source>Choose one in Settings → Printer, or print with the system dialog.</source>
        <translation>请在设置 → 打印机中选择，或使用系统打印对话框。</translation>
    </message>
</context>
<context>
    <name>LabelService</name>
    <message>
        <source>The label of package %1 was voided.</source>
        <extracomment>package id → prints so far, including this one where ``print_label`` sends jobs; the UI sets it from the printer settings</extracomment>
        <translation>包裹 %1 的面单已作废。</translation>
    </message>
    <message>
        <source>Lazada&apos;s label link expired twice in a row.</source>
        <translation>Lazada 的面单链接连续两次过期。</translation>
    </message>
    <message>
        <source>Check the station&apos;s clock and network, then print again.</source>
        <translation>请检查工作站的时钟和网络，然后重新打印。</translation>
    </message>
    <message>
        <source>PrintAWB answered without a label link for %1.</source>
        <translation>PrintAWB 的回复中没有 %1 的面单链接。</translation>
    </message>
    <message>
        <source>The label of %1 is not a PDF.</source>
        <translation>%1 的面单不是 PDF。</translation>
    </message>
    <message>
        <source>AWB ×%1</source>
        <translation>面单 ×%1</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>未选择面单打印机。</translation>
    </message>
    <message>
        <source>Set a label printer in Settings → Printer, or print with the dialog.</source>
        <translation>请在设置 → 打印机中设置面单打印机，或通过对话框打印。</translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <source>The label folder %1 cannot be created: %2</source>
        <translation>无法创建面单文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The label of package %1 cannot be saved: %2</source>
        <translation>无法保存包裹 %1 的面单：%2</translation>
    </message>
    <message>
        <source>The label print record cannot be written: %1</source>
        <translation>无法写入面单打印记录：%1</translation>
    </message>
    <message>
        <source>The label print records cannot be read: %1</source>
        <translation>无法读取面单打印记录：%1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>PC language (%1)</source>
        <translation>电脑语言（%1）</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>The redirect URI is not a loopback address (http://127.0.0.1:PORT/…).</source>
        <translation>重定向 URI 不是回环地址（http://127.0.0.1:PORT/…）。</translation>
    </message>
    <message>
        <source>Paste the address from the browser instead.</source>
        <translation>请改为粘贴浏览器中的地址。</translation>
    </message>
    <message>
        <source>Port %1 on this PC is busy, so lazpack cannot receive the answer.</source>
        <translation>本机端口 %1 被占用，lazpack 无法接收回复。</translation>
    </message>
    <message>
        <source>Close the program using it, or paste the address from the browser.</source>
        <translation>关闭占用该端口的程序，或粘贴浏览器中的地址。</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>不是这里</translation>
    </message>
    <message>
        <source>lazpack only expects the Lazada redirect.</source>
        <translation>lazpack 只接收 Lazada 的重定向。</translation>
    </message>
    <message>
        <source>This answer does not belong to lazpack&apos;s current authorization</source>
        <translation>此回复不属于 lazpack 当前的授权</translation>
    </message>
    <message>
        <source>Go back to lazpack and click Authorize again if needed.</source>
        <translation>请回到 lazpack，如有需要再次点击 Authorize。</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>可以关闭此标签页。</translation>
    </message>
    <message>
        <source>Lazada did not authorize the shop: %1</source>
        <translation>Lazada 未授权店铺：%1</translation>
    </message>
    <message>
        <source>Authorization was not given</source>
        <translation>未授予授权</translation>
    </message>
    <message>
        <source>No authorization code</source>
        <translation>没有授权码</translation>
    </message>
    <message>
        <source>Click Authorize again in lazpack.</source>
        <translation>请在 lazpack 中再次点击 Authorize。</translation>
    </message>
    <message>
        <source>The shop is being connected to lazpack</source>
        <translation>正在将店铺连接到 lazpack</translation>
    </message>
    <message>
        <source>You can close this tab and go back to lazpack.</source>
        <translation>可以关闭此标签页并回到 lazpack。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>● Rate limited</source>
        <translation>● 被限流</translation>
    </message>
    <message>
        <source>● Shop authorization needed</source>
        <translation>● 需要店铺授权</translation>
    </message>
    <message>
        <source>● Sync error</source>
        <translation>● 同步出错</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>room for a window&apos;s title bar and frame around its client area (see ``fit_to_screen``) Tab bar order; None is &quot;All&quot;.</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>lazpack — DEMO shop</source>
        <translation>lazpack — 演示店铺</translation>
    </message>
    <message>
        <source>DEMO — simulated orders. Nothing here reaches a real shop.</source>
        <extracomment>keys the window&apos;s packing actions own even while the field has focus the status bar&apos;s Reconnect button: open Station → Shops…</extracomment>
        <translation>演示 — 模拟订单，不会影响真实店铺。</translation>
    </message>
    <message>
        <source>Scan an order, AWB or item barcode (F2)</source>
        <translation>扫描订单、面单或商品条码（F2）</translation>
    </message>
    <message>
        <source>Search: order, SKU, item, tracking, customer (Ctrl+F)</source>
        <translation>搜索：订单、SKU、商品、运单、客户（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show the orders of one shop (Ctrl+Shift+F)</source>
        <translation>只显示一个店铺的订单（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Syncing %v / %m</source>
        <translation>同步中 %v / %m</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <extracomment>on a warehouse database: which station talks to Lazada for the shops</extracomment>
        <translation>重新连接…</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Packing</source>
        <translation>打包(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>打包工作站</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>扫描框</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filter by shop</source>
        <translation>按店铺筛选</translation>
    </message>
    <message>
        <source>Orders list</source>
        <translation>订单列表</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>打包员：%1</translation>
    </message>
    <message>
        <source>No packer — scan your card</source>
        <translation>无打包员 — 请扫描您的工牌</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Lazada sync: %1</source>
        <translation>Lazada 同步：%1</translation>
    </message>
    <message>
        <source>One station of the warehouse talks to Lazada for each shop; the others read the orders it synced from the warehouse database.</source>
        <translation>每个店铺只由一个工作站与 Lazada 通信；其他工作站从共享数据库读取它同步的订单。</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 (%2)</source>
        <translation>已同步 %1（%2）</translation>
    </message>
</context>
<context>
    <name>OrderBatchReport</name>
    <message>
        <source>%1 of %2 orders done, %3 failed</source>
        <extracomment>The step a digital-only order reaches (it has no pack, label or ready to ship).</extracomment>
        <translation>已完成 %1/%2 个订单，%3 个失败</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>To pack</source>
        <extracomment>The tabs the window shows, in order, with the packer&apos;s words for them.</extracomment>
        <translation>待打包</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>准备发货</translation>
    </message>
    <message>
        <source>Delivered by seller</source>
        <translation>卖家自配送</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Digital</source>
        <extracomment>Item statuses the full sync fetches: everything a work tab can show. a parcel that came to grief on the way: a person must act (redeliver, return, claim) &quot;2× MUG, CAP&quot;, built once per row: the list shows and sorts by it</extracomment>
        <translation>数字商品</translation>
    </message>
    <message>
        <source>DBS</source>
        <translation>DBS</translation>
    </message>
    <message>
        <source>Cross-border</source>
        <translation>跨境</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
</context>
<context>
    <name>OrderClaims</name>
    <message>
        <source>%1 s ago</source>
        <extracomment>A claim lives this long without a heartbeat: a dead station&apos;s orders are free after it. Heartbeats per lease: two may be missed before the lease runs out.</extracomment>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2 by %3, %4.</source>
        <translation>订单 %1 正由 %3 在 %2 打包，%4。</translation>
    </message>
    <message>
        <source>Order %1 is being packed at %2, %3.</source>
        <translation>订单 %1 正在 %2 打包，%3。</translation>
    </message>
    <message>
        <source>packing</source>
        <extracomment>The journal&apos;s write actions as a packer reads them (&quot;left mid-%2&quot;); an unknown one shows as its code rather than nothing.</extracomment>
        <translation>打包</translation>
    </message>
    <message>
        <source>ready-to-ship</source>
        <translation>准备发货</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>重新打包</translation>
    </message>
    <message>
        <source>label printing</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <source>delivery confirmation</source>
        <translation>确认送达</translation>
    </message>
    <message>
        <source>failed-delivery report</source>
        <translation>上报配送失败</translation>
    </message>
    <message>
        <source>digital delivery</source>
        <translation>数字商品配送</translation>
    </message>
    <message>
        <source>Scan another order, or take this one over if that station has stopped.</source>
        <extracomment>called after this station claimed, released or lost an order (the list refreshes)</extracomment>
        <translation>请扫描其他订单；如果那个工作站已停止，可接管此订单。</translation>
    </message>
    <message>
        <source>Order %1 was left mid-%2 by another station and Lazada could not be asked yet what happened.</source>
        <translation>订单 %1 被另一个工作站在 %2 中途留下，尚无法向 Lazada 查询结果。</translation>
    </message>
    <message>
        <source>Scan the order again in a moment.</source>
        <translation>请稍后再次扫描该订单。</translation>
    </message>
    <message>
        <source>A take-over needs a reason (it is kept in the journal).</source>
        <translation>接管需要填写原因（会记入日志）。</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Qty</source>
        <extracomment>Buyer text (notes, gift messages) longer than this is cut in the panel; the whole text is in the details tooltip. how wide the Package column may get: a package id&apos;s head and tail (&quot;FP0…54433&quot;), whole in the tooltip Lines of the order details the panel shows at most (never taller than the screen). the order now shown (an ``OrderRow``, or None): side panels follow it (packing video)</extracomment>
        <translation>数量</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>No order selected</source>
        <extracomment>verification progress of the order open at the scan station (per SKU)</extracomment>
        <translation>未选择订单</translation>
    </message>
    <message>
        <source>Select an order in the list or scan it.</source>
        <translation>在列表中选择订单或扫描它。</translation>
    </message>
    <message>
        <source>Reprint label (Ctrl+P)</source>
        <translation>重打面单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Preview label (Ctrl+Shift+V)</source>
        <translation>预览面单（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Repack… (Ctrl+Shift+R)</source>
        <translation>重新打包…（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>DIGITAL — no parcel; deliver with Ctrl+Shift+D</source>
        <translation>数字商品 — 无包裹；用 Ctrl+Shift+D 交付</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>GIFT: %1</source>
        <translation>礼品：%1</translation>
    </message>
    <message>
        <source>GIFT</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>包裹 %1</translation>
    </message>
    <message>
        <source>Tracking %1</source>
        <translation>运单 %1</translation>
    </message>
</context>
<context>
    <name>OrderPipeline</name>
    <message>
        <source>%1 (1 item)</source>
        <extracomment>Tells the packer (through the service&apos;s listeners) what a step did. item statuses of a parcel that has left the station for good the order&apos;s other parcels: (package id or tracking number, number of live rows) why nothing can be packed from this scan (&quot;&quot; when something can)</extracomment>
        <translation>%1（1 件商品）</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation>%1（%2 件商品）</translation>
    </message>
    <message>
        <source> Only this parcel is checked; other parcels of the order: %1.</source>
        <translation>仅核对此包裹；该订单的其他包裹：%1。</translation>
    </message>
    <message>
        <source>not packed yet</source>
        <translation>尚未打包</translation>
    </message>
    <message>
        <source>Order %1 has only digital items: nothing to pack. Deliver them at Lazada (Packing → Deliver digital items, Ctrl+Shift+D).</source>
        <translation>订单 %1 只有数字商品：无需打包。请通过 Lazada 交付（打包 → 交付选中订单的数字商品，Ctrl+Shift+D）。</translation>
    </message>
    <message>
        <source>Parcel %1 of order %2 has already shipped (%3): nothing to pack.</source>
        <translation>订单 %2 的包裹 %1 已发货（%3）：无需打包。</translation>
    </message>
    <message>
        <source>Order %1 has already shipped (%2): nothing to pack.</source>
        <translation>订单 %1 已发货（%2）：无需打包。</translation>
    </message>
    <message numerus="yes">
        <source> %n item(s) stay pending.</source>
        <translation>
            <numerusform>%n 件商品仍待打包。</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 packed (%2).%3</source>
        <translation>订单 %1 已打包（%2）。%3</translation>
    </message>
    <message>
        <source>Order %1 was not changed: %2 (no items came back as the station knows them), so nothing was sent.</source>
        <extracomment>the state the running step is heading for (the next-action text while working)</extracomment>
        <translation>订单 %1 未更改：%2（返回的商品与工作站所知的不一致），因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Scan DONE to read the order again.</source>
        <translation>扫描 DONE 重新读取订单。</translation>
    </message>
    <message>
        <source>Label printed. Scan it on the parcel to confirm.</source>
        <translation>面单已打印。请扫描包裹上的面单确认。</translation>
    </message>
    <message>
        <source>Lazada did not %1.</source>
        <translation>Lazada 未能%1。</translation>
    </message>
    <message>
        <source>Scan %1 to try again.</source>
        <translation>扫描 %1 重试。</translation>
    </message>
    <message>
        <source>Lazada may or may not have applied the last %1 of order %2 and cannot be checked right now (%3).</source>
        <translation>Lazada 可能已执行也可能未执行订单 %2 的上一次%1，目前无法核查（%3）。</translation>
    </message>
    <message>
        <source>Nothing is sent until it can be checked; scan DONE to check again.</source>
        <translation>在能核查之前不会发送任何内容；扫描 DONE 再次核查。</translation>
    </message>
    <message>
        <source>Part of order %1 is still packed from the refused attempt (%2); it is undone before the rest is packed, so the order ships in one parcel.</source>
        <translation>订单 %1 的一部分仍在被拒绝的那次打包中（%2）；打包其余部分前会先撤销它，使订单一个包裹发出。</translation>
    </message>
    <message>
        <source>Scan DONE to try again.</source>
        <translation>扫描 DONE 重试。</translation>
    </message>
    <message>
        <source>Order %1 changed at Lazada: </source>
        <translation>订单 %1 在 Lazada 已变更：</translation>
    </message>
    <message>
        <source>Take canceled items out of the parcel and scan CANCEL, or pack the rest with PARTIAL after undoing them.</source>
        <translation>请把已取消的商品从包裹中取出并扫描 CANCEL，或取出后用 PARTIAL 打包其余商品。</translation>
    </message>
    <message>
        <source>Order %1 is already packed.</source>
        <translation>订单 %1 已打包。</translation>
    </message>
    <message>
        <source> The packed part was undone so the order ships in one parcel.</source>
        <translation>已撤销已打包的部分，使订单一个包裹发出。</translation>
    </message>
    <message>
        <source> Part of it is packed in %1.</source>
        <translation>部分已打包在 %1 中。</translation>
    </message>
    <message>
        <source>Lazada did not pack order %1: %2.%3</source>
        <translation>Lazada 未打包订单 %1：%2。%3</translation>
    </message>
    <message>
        <source> The part Lazada packed was undone so the order ships in one parcel.</source>
        <translation>已撤销 Lazada 打包的部分，使订单一个包裹发出。</translation>
    </message>
    <message>
        <source> Part of it is packed in %1; that is undone first.</source>
        <translation>部分已打包在 %1 中；会先撤销。</translation>
    </message>
    <message>
        <source>Lazada did not pack all of order %1 (its answer was lost and the order is still to pack).%2</source>
        <translation>Lazada 未完整打包订单 %1（回复丢失，订单仍待打包）。%2</translation>
    </message>
    <message>
        <source>Order %1 has no package to print a label for.</source>
        <translation>订单 %1 没有可打印面单的包裹。</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>已重打</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Label for order %1 %2.</source>
        <translation>订单 %1 的面单%2。</translation>
    </message>
    <message>
        <source>Order %1 cannot be set ready to ship: </source>
        <translation>订单 %1 无法设为准备发货：</translation>
    </message>
    <message>
        <source>set order %1 ready to ship (its answer was lost and the package is still packed)</source>
        <translation>将订单 %1 设为准备发货（回复丢失，包裹仍为已打包）</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship.</source>
        <translation>订单 %1 已准备发货。</translation>
    </message>
    <message>
        <source>Lazada did not set order %1 ready to ship: %2</source>
        <translation>Lazada 未将订单 %1 设为准备发货：%2</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship (%2).</source>
        <translation>订单 %1 已准备发货（%2）。</translation>
    </message>
    <message>
        <source>recreate the package of order %1</source>
        <translation>重新创建订单 %1 的包裹</translation>
    </message>
    <message>
        <source>Lazada did not recreate the package of order %1: %2</source>
        <translation>Lazada 未重新创建订单 %1 的包裹：%2</translation>
    </message>
    <message>
        <source>Package %1 recreated: its label is void. Scan DONE to pack again.</source>
        <translation>包裹 %1 已重新创建：原面单作废。扫描 DONE 重新打包。</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ cancel requested</source>
        <translation>⚠ 已申请取消</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Texts the search index keeps results for (a few searches&apos; worth of keystrokes). Up to this many changed rows are merged in place; more (a full sync page) re-sort.</extracomment>
        <translation>订单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Package / tracking</source>
        <translation>包裹 / 运单</translation>
    </message>
    <message>
        <source>Packing at</source>
        <translation>打包位置</translation>
    </message>
    <message>
        <source>This station</source>
        <extracomment>{Tab: count} after every change of the book. The search index: text → visible positions for the current tab, shop and row order (cleared when any of them changes). A keystroke narrows the longest cached text it contains instead of all rows; backspacing is a lookup. a warehouse&apos;s live order claims (who packs what), and this station&apos;s id</extracomment>
        <translation>本工作站</translation>
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
        <translation>货到付款：由快递员收款</translation>
    </message>
</context>
<context>
    <name>PackBatchDialog</name>
    <message>
        <source>local</source>
        <extracomment>The batch service&apos;s order groups (``Group`` values), as the packer reads them.</extracomment>
        <translation>本地</translation>
    </message>
    <message>
        <source>cross-border</source>
        <translation>跨境</translation>
    </message>
    <message>
        <source>delivered by seller</source>
        <translation>卖家自配送</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1：%3 个中完成 %2 个</translation>
    </message>
    <message>
        <source>%1, %2 failed</source>
        <translation>%1，%2 个失败</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已完成到</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>面单已打印</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>准备发货</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Pack &amp; ship — results</source>
        <translation>打包并发货 — 结果</translation>
    </message>
    <message>
        <source>&amp;Retry failed orders</source>
        <translation>重试失败的订单(&amp;R)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>FAILED (retry possible)</source>
        <translation>失败（可重试）</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n can be retried (R).</source>
        <translation>
            <numerusform>%1 %n 个可以重试（R）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1: done.</source>
        <translation>订单 %1：完成。</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry can help:</source>
        <translation>订单 %1 失败；重试可能有用：</translation>
    </message>
    <message>
        <source>Order %1 failed; a retry cannot help as is:</source>
        <translation>订单 %1 失败；按原样重试没有用：</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n order(s)…</source>
        <translation>
            <numerusform>正在重试 %n 个订单…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retry failed: %2</source>
        <translation>%1 重试失败：%2</translation>
    </message>
</context>
<context>
    <name>PackContext</name>
    <message>
        <source>Lazada answered with no items for it</source>
        <translation>Lazada 的回复中没有任何商品</translation>
    </message>
    <message>
        <source>Lazada answered with item rows that have no id</source>
        <translation>Lazada 的回复中有商品行没有 id</translation>
    </message>
    <message>
        <source>Lazada answered with items of another order</source>
        <translation>Lazada 的回复中是另一个订单的商品</translation>
    </message>
    <message numerus="yes">
        <source>Lazada&apos;s answer leaves out %n of its items</source>
        <translation>
            <numerusform>Lazada 的回复漏掉了其中 %n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>A shipment provider must be chosen for this order.</source>
        <extracomment>Asked when the shop must pick a shipment provider (``provider_choice == &quot;ask&quot;`` or no saved choice): returns the chosen ``provider_code`` or None when the packer declined. (shop_id, order_id) -&gt; packages of a partly refused Pack whose undo has not succeeded yet: settled before the order is packed again (one parcel per order) (shop_id, order_id) -&gt; the ``shipping_allocate_type`` GetShipmentProvider answered for the order (TFS local, NTFS cross-border): a batch groups by it before asking</extracomment>
        <translation>必须为此订单选择物流商。</translation>
    </message>
    <message>
        <source>Pick one in the provider dialog, or save one for the shop in Settings.</source>
        <translation>请在物流商对话框中选择，或在设置中为店铺保存一个。</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Starting — checking unfinished work…</source>
        <translation>正在启动 — 检查未完成的工作…</translation>
    </message>
    <message>
        <source>lazpack is still checking the last session with Lazada; scan again in a moment.</source>
        <translation>lazpack 仍在与 Lazada 核对上次的工作；请稍后再扫描。</translation>
    </message>
    <message>
        <source>Reprint cancelled.</source>
        <translation>已取消重打。</translation>
    </message>
    <message>
        <source>Repack cancelled.</source>
        <translation>已取消重新打包。</translation>
    </message>
    <message>
        <source>Select orders in the list first.</source>
        <translation>请先在列表中选择订单。</translation>
    </message>
    <message numerus="yes">
        <source>Packing and shipping %n order(s)…</source>
        <translation>
            <numerusform>正在打包并发货 %n 个订单…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>Order %1 has nothing to pack (its items are canceled, shipped, digital or unpaid).</source>
        <extracomment>for UNKNOWN: the SKUs of the open order this barcode could be linked to Item statuses a packer can still work on at the station. Later ones (shipped...) and canceled rows are shown nowhere in the session: they are not in the parcel.</extracomment>
        <translation>订单 %1 无可打包商品（商品已取消、已发货、为数字商品或未付款）。</translation>
    </message>
    <message>
        <source>There is no item scan to undo.</source>
        <translation>没有可撤销的商品扫描。</translation>
    </message>
    <message>
        <source>The saved packing session cannot be restored (%1).</source>
        <translation>无法恢复已保存的打包进度（%1）。</translation>
    </message>
    <message>
        <source>Open the order again; its state at Lazada is unchanged.</source>
        <translation>请重新打开订单；它在 Lazada 的状态未变。</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>Scan an order or AWB</source>
        <extracomment>a scanned order has only digital items: offer DeliverDigital for it (the key) &quot;open another order?&quot; while one is being packed (a list pick, never a scan) False until start-up recovery ran: no scan or batch may write before it</extracomment>
        <translation>扫描订单或面单</translation>
    </message>
    <message>
        <source>Ready to ship ✓ — scan the next order</source>
        <translation>准备发货 ✓ — 扫描下一个订单</translation>
    </message>
    <message>
        <source>Packing…</source>
        <extracomment>(flash, settled tint, text) per severity; light palette then dark palette kinds after which the service goes on by itself when the policy reaches that step</extracomment>
        <translation>正在打包…</translation>
    </message>
    <message>
        <source>Printing label…</source>
        <translation>正在打印面单…</translation>
    </message>
    <message>
        <source>Marking ready to ship…</source>
        <translation>正在设为准备发货…</translation>
    </message>
    <message>
        <source>Not finished — scan DONE to retry, or CANCEL</source>
        <translation>未完成 — 扫描 DONE 重试，或 CANCEL</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>Scan item %1 of %2: %3</source>
        <translation>扫描第 %1/%2 件：%3</translation>
    </message>
    <message>
        <source>All items verified — scan DONE to pack</source>
        <translation>全部核对完成 — 扫描 DONE 打包</translation>
    </message>
    <message>
        <source>Packed — scan DONE to print the label</source>
        <translation>已打包 — 扫描 DONE 打印面单</translation>
    </message>
    <message>
        <source>Scan the label on the parcel</source>
        <translation>扫描包裹上的面单</translation>
    </message>
    <message>
        <source>Label printed — scan DONE for ready to ship</source>
        <translation>面单已打印 — 扫描 DONE 准备发货</translation>
    </message>
    <message>
        <source>No order open</source>
        <extracomment>&quot;ok&quot; | &quot;error&quot; | &quot;info&quot; | &quot;ready&quot; — the colour currently shown</extracomment>
        <translation>未打开订单</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation>%v / %m 件</translation>
    </message>
    <message>
        <source>Packer: %1</source>
        <translation>打包员：%1</translation>
    </message>
    <message>
        <source>Packer: — (scan your card)</source>
        <translation>打包员：—（请扫描工牌）</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
</context>
<context>
    <name>PackersStep</name>
    <message>
        <source>Type the packers&apos; names, one per line (Latin letters, as on their card). Each gets a card with a barcode: scanning it logs the packer in.</source>
        <translation>输入打包员姓名，每行一个（拉丁字母，与工牌一致）。每人一张条码工牌：扫描即登录。</translation>
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
        <translation>打印打包员工牌…(&amp;P)</translation>
    </message>
    <message>
        <source>“%1” cannot go on a barcode card: use Latin letters and digits (no “:”). A Thai or Vietnamese name needs a Latin nickname here.</source>
        <translation>“%1”无法印在条码工牌上：请使用拉丁字母和数字（不含“:”）。泰文或越南文姓名需在此填写拉丁字母昵称。</translation>
    </message>
    <message>
        <source>Packers: none yet</source>
        <translation>打包员：暂无</translation>
    </message>
    <message>
        <source>Type at least one name first.</source>
        <translation>请先输入至少一个姓名。</translation>
    </message>
    <message numerus="yes">
        <source>Cards for %n packer(s) are ready to print.</source>
        <translation>
            <numerusform>%n 位打包员的工牌已可打印。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackingService</name>
    <message>
        <source>Opening order %1…</source>
        <translation>正在打开订单 %1…</translation>
    </message>
    <message>
        <source>Empty scan ignored.</source>
        <translation>已忽略空扫描。</translation>
    </message>
    <message>
        <source>“%1” ignored: order %2 is still being processed. Scan again when it is done.</source>
        <translation>已忽略“%1”：订单 %2 仍在处理中，完成后再扫描。</translation>
    </message>
    <message>
        <source>Scan an order first.</source>
        <extracomment>order claims across the stations of a warehouse (None: this PC is alone) the claim of the order a scan is opening (warehouse), answered in the background a pick list&apos;s barcode (``#LP:WAVE:&lt;id&gt;``) scanned: its orders&apos; summary (or raises ``WorkflowError``); the station&apos;s ``PickingService`` answers it asked before an order is opened: a refusal in the packer&apos;s words, or &quot;&quot; (the packing video&apos;s &quot;require video&quot; while the camera is not recording)</extracomment>
        <translation>请先扫描订单。</translation>
    </message>
    <message>
        <source>“%1” not counted: %2</source>
        <translation>未计入“%1”：%2</translation>
    </message>
    <message>
        <source>Too many: %1 — %2 is already complete (%3 of %4). Put this one back.</source>
        <translation>多了：%1 — %2 已齐（%3/%4）。请放回这一件。</translation>
    </message>
    <message>
        <source>confirmed without barcode</source>
        <translation>无条码确认</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>通过 %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2：%3/%4</translation>
    </message>
    <message>
        <source>%1. All %2 items verified.</source>
        <translation>%1。全部 %2 件已核对。</translation>
    </message>
    <message>
        <source>Packing…</source>
        <translation>正在打包…</translation>
    </message>
    <message>
        <source>Order %1 is not in the open orders list.</source>
        <translation>订单 %1 不在待处理订单列表中。</translation>
    </message>
    <message>
        <source>Wait until the current order is done.</source>
        <translation>请等待当前订单完成。</translation>
    </message>
    <message>
        <source>“%1” is another parcel of order %2. Finish this parcel (%3) first, or scan CANCEL.</source>
        <translation>“%1”是订单 %2 的另一个包裹。请先完成此包裹（%3），或扫描 CANCEL。</translation>
    </message>
    <message>
        <source>Wrong label: “%1” belongs to order %2, not to order %3.</source>
        <translation>面单错误：“%1”属于订单 %2，不是订单 %3。</translation>
    </message>
    <message>
        <source>Order %1 is still open (%2 of %3 verified, %4). Finish it or scan CANCEL before opening order %5.</source>
        <translation>订单 %1 仍在处理中（已核对 %2/%3，%4）。请先完成或扫描 CANCEL，再打开订单 %5。</translation>
    </message>
    <message>
        <source>Deliver digital items (Ctrl+Shift+D)</source>
        <translation>交付数字商品（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source> It is already ready to ship at Lazada.</source>
        <translation>它在 Lazada 已是准备发货。</translation>
    </message>
    <message>
        <source> Already packed at Lazada (%1).</source>
        <translation>已在 Lazada 打包（%1）。</translation>
    </message>
    <message>
        <source>Order %1 (%2): %3.%4</source>
        <translation>订单 %1（%2）：%3。%4</translation>
    </message>
    <message>
        <source>Label %1 belongs to order %2.</source>
        <translation>面单 %1 属于订单 %2。</translation>
    </message>
    <message>
        <source>Order %1 is already open.</source>
        <translation>订单 %1 已经打开。</translation>
    </message>
    <message>
        <source>Wait: the current step is still running.</source>
        <translation>请稍候：当前步骤仍在进行。</translation>
    </message>
    <message>
        <source>Pick lists are not available at this station.</source>
        <translation>此工作站无法使用拣货单。</translation>
    </message>
    <message>
        <source>Packer: %1.</source>
        <translation>打包员：%1。</translation>
    </message>
    <message>
        <source>Packer logged out.</source>
        <translation>打包员已退出。</translation>
    </message>
    <message>
        <source>No order is open.</source>
        <translation>没有打开的订单。</translation>
    </message>
    <message>
        <source>%1 different items are missing: choose the one to confirm on screen.</source>
        <translation>缺少 %1 种商品：请在屏幕上选择要确认的那一种。</translation>
    </message>
    <message>
        <source>%1 is not in order %2.</source>
        <translation>%1 不在订单 %2 中。</translation>
    </message>
    <message>
        <source>Open the order first, then link the barcode.</source>
        <translation>请先打开订单，再关联条码。</translation>
    </message>
    <message>
        <source>“%1” cannot be linked to an item.</source>
        <translation>“%1”无法关联到商品。</translation>
    </message>
    <message>
        <source>“%1” already means %2.</source>
        <translation>“%1”已对应 %2。</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1”现在对应 %2。</translation>
    </message>
    <message>
        <source>manual confirmation</source>
        <translation>手动确认</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Took back one %1 (%2): %3 of %4.</source>
        <translation>撤回一件 %1（%2）：%3/%4。</translation>
    </message>
    <message>
        <source>Order %1 cancelled at the station; nothing was sent to Lazada.</source>
        <translation>订单 %1 已在工作站取消；未向 Lazada 发送任何内容。</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>准备发货</translation>
    </message>
    <message>
        <source>packed (%1)</source>
        <translation>已打包（%1）</translation>
    </message>
    <message>
        <source>Order %1 closed; it stays %2 at Lazada.</source>
        <translation>订单 %1 已关闭；在 Lazada 仍为%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Scan them, confirm them manually, or scan PARTIAL to pack only the verified ones.</source>
        <translation>
            <numerusform>还缺 %n 件。请扫描、手动确认，或扫描 PARTIAL 只打包已核对的商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the label on the parcel first.</source>
        <translation>请先扫描包裹上的面单。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>Verify at least one item before packing part of an order.</source>
        <translation>请至少核对一件商品后再部分打包。</translation>
    </message>
    <message>
        <source>Packing %1 of %2 items; the rest stays pending.</source>
        <translation>正在打包 %1/%2 件；其余保持待处理。</translation>
    </message>
    <message>
        <source>There is no packed order with a label to print.</source>
        <translation>没有可打印面单的已打包订单。</translation>
    </message>
    <message>
        <source>Delivered-by-seller orders have no AWB label.</source>
        <translation>卖家自配送订单没有面单。</translation>
    </message>
    <message>
        <source>Printing the label again…</source>
        <translation>正在重打面单…</translation>
    </message>
    <message>
        <source>Only a packed order that is not ready to ship can be repacked.</source>
        <translation>只有已打包且未准备发货的订单才能重新打包。</translation>
    </message>
    <message>
        <source>Recreating the package…</source>
        <translation>正在重新创建包裹…</translation>
    </message>
    <message>
        <source>Internal error: %1: %2</source>
        <translation>内部错误：%1：%2</translation>
    </message>
    <message>
        <source>Order %1 was not resumed here: %2</source>
        <translation>订单 %1 未在此继续：%2</translation>
    </message>
    <message>
        <source>Resumed order %1 where it stopped: %2 of %3 verified, %4.</source>
        <translation>已从中断处继续订单 %1：已核对 %2/%3，%4。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The document cannot be shown (%1).</source>
        <extracomment>preview width of one page in pixels (readable at 1366×768)</extracomment>
        <translation>无法显示文档（%1）。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印…(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PickingService</name>
    <message>
        <source>Not found among the open orders: %1.</source>
        <extracomment>``Settings.ui`` key of the saved A4 printer for pick lists (the window and the CLI). Thumbnails fetched at once for a pick list. order numbers or order ids</extracomment>
        <translation>在待处理订单中找不到：%1。</translation>
    </message>
    <message>
        <source>Check the order numbers, or sync the shop first.</source>
        <translation>请检查订单号，或先同步店铺。</translation>
    </message>
    <message>
        <source>%1 chosen orders</source>
        <extracomment>order numbers that need it</extracomment>
        <translation>已选 %1 个订单</translation>
    </message>
    <message>
        <source>All open orders</source>
        <translation>全部待处理订单</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack, %4 no longer open.</source>
        <translation>拣货单 #%1：%2 个订单，%3 个待打包，%4 个已不在待处理。</translation>
    </message>
    <message>
        <source>Pick list #%1: %2 orders, %3 to pack.</source>
        <translation>拣货单 #%1：%2 个订单，%3 个待打包。</translation>
    </message>
    <message>
        <source>None of the chosen orders is open at this station any more.</source>
        <extracomment>the wave last scanned at the station, and who wants to know</extracomment>
        <translation>所选订单在此工作站都已不在待处理。</translation>
    </message>
    <message>
        <source>No orders match: there is nothing to pick.</source>
        <translation>没有符合条件的订单：无需拣货。</translation>
    </message>
    <message>
        <source>Choose other orders, another status or shipping provider.</source>
        <translation>请选择其他订单、其他状态或其他物流商。</translation>
    </message>
    <message>
        <source>Pick list (wave) %1 is not known at this station.</source>
        <translation>此工作站不认识拣货单（波次）%1。</translation>
    </message>
    <message>
        <source>“%1” is not the number of a pick list.</source>
        <translation>“%1”不是拣货单号。</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>• %1: printed %2×</source>
        <translation>• %1：已打印 %2 次</translation>
    </message>
    <message>
        <source>Print the label again?</source>
        <translation>重打面单？</translation>
    </message>
    <message>
        <source>These labels were printed already:
%1

Reprint only if the first label is lost or damaged.</source>
        <translation>这些面单已经打印过：
%1

只有第一张丢失或损坏时才重打。</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>将面单保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing “%1” failed (%2). The details are in the log.</source>
        <extracomment>A4 jobs still running (a task the loop only holds weakly would be collected mid-job)</extracomment>
        <translation>打印“%1”失败（%2）。详情见日志文件。</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Label printer</source>
        <translation>面单打印机</translation>
    </message>
    <message>
        <source>Ask every time (system print dialog)</source>
        <translation>每次询问（系统打印对话框）</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Test label sent. Its frame must be closed and every ruler start at 0.</source>
        <translation>测试面单已发送。边框必须闭合，每把标尺都从 0 开始。</translation>
    </message>
</context>
<context>
    <name>PrinterStep</name>
    <message>
        <source>&amp;Yes, whole</source>
        <extracomment>&quot;did it come out whole?&quot; → what lazpack changes</extracomment>
        <translation>是，完整(&amp;Y)</translation>
    </message>
    <message>
        <source>No, &amp;turned sideways</source>
        <translation>否，被转了方向(&amp;T)</translation>
    </message>
    <message>
        <source>No, &amp;cut off at an edge</source>
        <translation>否，边缘被截(&amp;C)</translation>
    </message>
    <message>
        <source>No, too s&amp;mall</source>
        <translation>否，太小(&amp;M)</translation>
    </message>
    <message>
        <source>Pick the printer that prints the shipping labels, print a test label and look at it: lazpack fixes the size and orientation from your answer and then prints every label there without asking.</source>
        <translation>选择打印快递面单的打印机，打印一张测试面单并查看：lazpack 根据您的回答调整尺寸和方向，之后所有面单都在那里直接打印。</translation>
    </message>
    <message>
        <source>&amp;Print a test label</source>
        <translation>打印测试面单(&amp;P)</translation>
    </message>
    <message>
        <source>Did it come out whole: frame closed, rulers start at 0?</source>
        <translation>打印完整吗：边框闭合，标尺从 0 开始？</translation>
    </message>
    <message>
        <source>No printer is installed on this PC. Install the label printer&apos;s driver (or connect it), then come back with Station → Set up this desk…</source>
        <translation>此电脑未安装打印机。请安装面单打印机驱动（或连接打印机），然后通过 工作站 → 设置本工位… 回来。</translation>
    </message>
    <message>
        <source>Test label sent to “%1”. Look at it, then answer:</source>
        <translation>测试面单已发送到“%1”。请查看后回答：</translation>
    </message>
    <message>
        <source>Saved: labels print on “%1” without asking (%2).</source>
        <translation>已保存：面单将直接在“%1”打印（%2）。</translation>
    </message>
    <message>
        <source>Label printer: %1</source>
        <translation>面单打印机：%1</translation>
    </message>
    <message>
        <source>lazpack now turns the label (%1).</source>
        <translation>lazpack 现在会旋转面单（%1）。</translation>
    </message>
    <message>
        <source>The label is already the smallest size lazpack knows. Set the paper size in the printer&apos;s own settings (Printers → Preferences) to the labels loaded in it.</source>
        <translation>面单已是 lazpack 已知的最小尺寸。请在打印机自身设置（打印机 → 首选项）中把纸张设为所装的面单尺寸。</translation>
    </message>
    <message>
        <source>lazpack now uses %1.</source>
        <translation>lazpack 现在使用 %1。</translation>
    </message>
    <message>
        <source>lazpack now sets the label size on this printer. If it is still small, set the paper size in the printer&apos;s own settings (Printers → Preferences) to 100 × 150 mm.</source>
        <translation>lazpack 现在会在此打印机上设置面单尺寸。如果仍然偏小，请在打印机自身设置（打印机 → 首选项）中把纸张设为 100 × 150 毫米。</translation>
    </message>
    <message>
        <source>%1 Print the test label again to check.</source>
        <translation>%1 请再打印一次测试面单检查。</translation>
    </message>
</context>
<context>
    <name>ProviderDecision</name>
    <message>
        <source>Shipment provider %1 is not offered for this order.</source>
        <translation>此订单不提供物流商 %1。</translation>
    </message>
    <message>
        <source>Pick one of the providers in the list.</source>
        <translation>请从列表中选择一个物流商。</translation>
    </message>
</context>
<context>
    <name>ProviderPickerDialog</name>
    <message>
        <source>Choose the shipment provider</source>
        <translation>选择物流商</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1) for %2:</source>
        <translation>Lazada 需要为 %2 选择物流商（%1）：</translation>
    </message>
    <message>
        <source>Lazada needs a shipment provider (%1):</source>
        <translation>Lazada 需要选择物流商（%1）：</translation>
    </message>
    <message>
        <source>↑/↓ to move, Enter to choose, Esc to cancel. The choice is remembered.</source>
        <translation>↑/↓ 移动，Enter 选择，Esc 取消。选择会被记住。</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s standard buttons (OK, Cancel, Yes…) are translated by Qt in context &quot;QPlatformTheme&quot;; Qt ships no Thai, Vietnamese, Indonesian, Malay or Filipino file, so lazpack&apos;s own .ts carries them (listed here for lupdate).</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>选项(&amp;O) &gt;&gt;</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>not applied: printing changes nothing at Lazada; print again if needed</source>
        <extracomment>Statuses an item reaches only after a successful Pack. Statuses an item reaches only after a successful ReadyToShip. Actions that change nothing at Lazada, so repeating them is harmless there. Fresh items per order, so the caller can reopen the order panel without a read.</extracomment>
        <translation>未生效：打印不会改变 Lazada 上的任何内容；如有需要请重新打印</translation>
    </message>
    <message>
        <source>not applied: the intent names no order, nothing to check</source>
        <translation>未生效：没有指定订单，无需核查</translation>
    </message>
    <message>
        <source>not applied: Lazada does not know order %1 (%2)</source>
        <translation>未生效：Lazada 不认识订单 %1（%2）</translation>
    </message>
    <message>
        <source>unknown: order %1 could not be read (%2); nothing is sent until it can</source>
        <translation>未知：无法读取订单 %1（%2）；读取前不会发送任何内容</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>ready to ship</source>
        <translation>准备发货</translation>
    </message>
    <message>
        <source>failed delivery</source>
        <translation>配送失败</translation>
    </message>
    <message>
        <source>not applied: lazpack cannot check a %1 at Lazada</source>
        <translation>未生效：lazpack 无法在 Lazada 核查 %1</translation>
    </message>
    <message>
        <source>not applied: the items were canceled</source>
        <translation>未生效：商品已取消</translation>
    </message>
    <message>
        <source>applied: packed in %1</source>
        <translation>已生效：已打包在 %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (in %3); %4 still to pack</source>
        <translation>已对 %1/%2 件生效（在 %3 中）；还有 %4 件待打包</translation>
    </message>
    <message>
        <source>not applied: the items are still to pack</source>
        <translation>未生效：商品仍待打包</translation>
    </message>
    <message>
        <source>not applied: the items are %1</source>
        <translation>未生效：商品状态为 %1</translation>
    </message>
    <message>
        <source>applied for %1 of %2 items (%3); the rest still to do</source>
        <translation>已对 %1/%2 件生效（%3）；其余仍需处理</translation>
    </message>
    <message>
        <source>not applied: the items are still %1</source>
        <translation>未生效：商品仍为 %1</translation>
    </message>
    <message>
        <source>not applied: still packed in %1</source>
        <translation>未生效：仍打包在 %1 中</translation>
    </message>
    <message>
        <source>applied: the package was recreated</source>
        <translation>已生效：包裹已重新创建</translation>
    </message>
    <message>
        <source>applied: the old package is gone</source>
        <translation>已生效：旧包裹已不存在</translation>
    </message>
    <message>
        <source> (package %1)</source>
        <translation>（包裹 %1）</translation>
    </message>
    <message>
        <source>Order %1 is already packed%2; not packing it again.</source>
        <translation>订单 %1 已打包%2；不再重复打包。</translation>
    </message>
    <message>
        <source>Item %1 is %2 at Lazada; it cannot be packed.</source>
        <translation>商品 %1 在 Lazada 为%2；无法打包。</translation>
    </message>
    <message>
        <source>Item %1 is no longer in the order at Lazada.</source>
        <translation>商品 %1 已不在 Lazada 的订单中。</translation>
    </message>
    <message>
        <source>Package %1 has no live items at Lazada (canceled or repacked).</source>
        <translation>包裹 %1 在 Lazada 没有有效商品（已取消或已重新打包）。</translation>
    </message>
    <message>
        <source>Package %1 is already ready to ship; nothing sent.</source>
        <translation>包裹 %1 已准备发货；未发送任何内容。</translation>
    </message>
    <message>
        <source>Package %1 cannot be set ready to ship: items are %2.</source>
        <translation>包裹 %1 无法设为准备发货：商品为 %2。</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keep history for</source>
        <translation>历史保留(&amp;K)</translation>
    </message>
    <message>
        <source>Journal lines older than this are removed when lazpack starts. Writes to Lazada whose outcome is still unknown are always kept.</source>
        <translation>早于此期限的日志行会在 lazpack 启动时删除。结果未知的 Lazada 写操作始终保留。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>“%1” is not a lazpack command barcode.</source>
        <translation>“%1”不是 lazpack 指令条码。</translation>
    </message>
    <message>
        <source>“%1” matches several items of this order: %2. Confirm the right one on screen.</source>
        <translation>“%1”匹配本订单的多件商品：%2。请在屏幕上确认正确的那件。</translation>
    </message>
    <message>
        <source>“%1” matches several orders: %2. Open the right one in the list.</source>
        <translation>“%1”匹配多个订单：%2。请在列表中打开正确的订单。</translation>
    </message>
</context>
<context>
    <name>ScanProbe</name>
    <message>
        <source>Scan the barcode above now…</source>
        <translation>请现在扫描上方的条码…</translation>
    </message>
</context>
<context>
    <name>ScannerStep</name>
    <message>
        <source>Scan the barcode below with the desk&apos;s scanner. lazpack checks that it reads letters and digits right, ends with Enter, and types fast enough to be told apart from a person. If nothing appears, the scanner is not connected or sends no Enter/Tab: check the cable, then scan its “Add Enter” setting code.</source>
        <translation>用本工位的扫描枪扫描下方条码。lazpack 会检查字母和数字是否正确、是否以 Enter 结尾、速度是否足以与人工输入区分。如果没有任何显示，说明扫描枪未连接或未发送 Enter/Tab：请检查线缆，然后扫描其“Add Enter”设置码。</translation>
    </message>
    <message>
        <source>✓ The scanner works: right characters, Enter at the end, fast.</source>
        <translation>✓ 扫描枪正常：字符正确、以 Enter 结尾、速度快。</translation>
    </message>
    <message>
        <source>Scanner: works</source>
        <translation>扫描枪：正常</translation>
    </message>
    <message>
        <source>

Change it, then scan the barcode again.</source>
        <translation>

请修改后再扫描一次条码。</translation>
    </message>
    <message>
        <source>Scanner: works (ends with Tab)</source>
        <translation>扫描枪：正常（以 Tab 结尾）</translation>
    </message>
</context>
<context>
    <name>ScannerVerdict</name>
    <message>
        <source>The letters came out in lower case: turn Caps Lock off.</source>
        <extracomment>keys and then no Enter/Tab for this long: the scanner sends no suffix the code the scanner test shows: letters and digits, so a wrong layout shows in both what the keys typed on this PC&apos;s layout the code read from the keys as the station reads it is the test code the station&apos;s scan router takes these keys for a scanner&apos;s burst the code as the station reads it (by key position, whatever the layout)</extracomment>
        <translation>字母变成了小写：请关闭 Caps Lock。</translation>
    </message>
    <message>
        <source>The scanner typed “%1” instead of “%2”: this PC&apos;s keyboard layout changes what the scanner types. Switch the keyboard to English (US) while packing, or set the scanner&apos;s keyboard country to match the PC (see its manual).</source>
        <translation>扫描枪输入了“%1”而不是“%2”：此电脑的键盘布局改变了扫描枪的输入。打包时请把键盘切换为英语（美国），或把扫描枪的键盘国家设为与电脑一致（见其说明书）。</translation>
    </message>
    <message>
        <source>That was typed slowly (%1 ms between keys): lazpack recognises a scanner by its speed (a key every 5–15 ms). If that was the scanner, set it to its fastest USB keyboard speed; by hand, use the scan field instead.</source>
        <translation>输入太慢（按键间隔 %1 毫秒）：lazpack 靠速度识别扫描枪（每键 5–15 毫秒）。如果是扫描枪，请设为最快的 USB 键盘速度；如果是手动输入，请使用扫描框。</translation>
    </message>
    <message>
        <source>The code came without Enter at its end: lazpack takes a code when Enter (or Tab) follows it. Scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>条码末尾没有 Enter：lazpack 只在条码后跟 Enter（或 Tab）时接收。请扫描扫描枪说明书中的“Add Enter (CR) suffix”条码。</translation>
    </message>
    <message>
        <source>The scanner ends each code with Tab. lazpack accepts it, but Enter works in every program: scan the “Add Enter (CR) suffix” barcode in the scanner&apos;s manual.</source>
        <translation>扫描枪以 Tab 结尾。lazpack 可以接受，但 Enter 在所有程序中都可用：请扫描扫描枪说明书中的“Add Enter (CR) suffix”条码。</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Serial scanners are not supported here: %1</source>
        <extracomment>GS1&apos;s group separator (FNC1 as transmitted): a wedge types it as Ctrl+] with this text a scanner presses Shift for capitals and some symbols: those presses are part of a burst a wedge&apos;s longest usual gap between keys (it types one every 5–15 ms; a person needs 80+) the longest pause inside a burst (a loaded PC or USB hub stalls a few of its keys) the longest gap between keys (the scan field&apos;s run: fast means a scanner typed it) gaps longer than a scanner&apos;s (a busy PC or USB hub stalls a burst now and then) copies of the held key presses, replayed to ``widget`` if this was typing after all None: the key events&apos; timestamps (monotonic time for events without one) the Vietnamese input method whose composed letters a burst is taken apart with (the station setting ``packing.scanner_composer``, Settings → Vietnamese typing) the longest pause inside a burst; only a few of its gaps may exceed ``max_gap_s`` a pause after which held keys cannot be a burst any more: they are given back then</extracomment>
        <translation>此处不支持串口扫描枪：%1</translation>
    </message>
    <message>
        <source>Cannot open scanner port %1: %2</source>
        <translation>无法打开扫描枪端口 %1：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Stop after verifying (I scan DONE to pack)</source>
        <translation>核对后停止（我扫描 DONE 再打包）</translation>
    </message>
    <message>
        <source>Pack automatically, then wait</source>
        <translation>自动打包，然后等待</translation>
    </message>
    <message>
        <source>Pack and print the label automatically</source>
        <translation>自动打包并打印面单</translation>
    </message>
    <message>
        <source>Pack, print and mark ready to ship automatically</source>
        <translation>自动打包、打印并设为准备发货</translation>
    </message>
    <message>
        <source>Lazada allocates the provider</source>
        <translation>由 Lazada 分配物流商</translation>
    </message>
    <message>
        <source>Use my saved provider per shop</source>
        <translation>使用每个店铺保存的物流商</translation>
    </message>
    <message>
        <source>Ask me every time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <source>Order first: scan the order, then the items</source>
        <translation>先订单：扫描订单，再扫描商品</translation>
    </message>
    <message>
        <source>Label first: labels printed in a batch, scan the label to verify</source>
        <translation>先面单：批量打印面单，扫描面单核对</translation>
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
        <translation>工作站设置</translation>
    </message>
    <message>
        <source>Scan the printed label on the parcel before ready to ship</source>
        <translation>准备发货前扫描包裹上已打印的面单</translation>
    </message>
    <message>
        <source>Play sounds on every scan</source>
        <translation>每次扫描播放提示音</translation>
    </message>
    <message>
        <source>The Vietnamese typing method of this PC: scans it rewrites are read back</source>
        <translation>本机的越南语输入法：被它改写的扫描内容会还原读取</translation>
    </message>
    <message>
        <source>empty: keyboard scanner only (e.g. COM3, /dev/ttyACM0)</source>
        <translation>留空：仅使用键盘扫描枪（如 COM3、/dev/ttyACM0）</translation>
    </message>
    <message>
        <source>Label &amp;printer…</source>
        <translation>面单打印机…(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Warehouse…</source>
        <translation>库房(&amp;W)…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Packer name</source>
        <translation>打包员姓名</translation>
    </message>
    <message>
        <source>After the last item</source>
        <translation>最后一件之后</translation>
    </message>
    <message>
        <source>Shipment provider</source>
        <translation>物流商</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Vietnamese typing</source>
        <translation>越南语输入法</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>串口扫描枪端口</translation>
    </message>
    <message>
        <source>Changes apply at once; the serial scanner reconnects.</source>
        <translation>更改立即生效；串口扫描枪会重新连接。</translation>
    </message>
    <message>
        <source>ask with the print dialog</source>
        <translation>通过打印对话框询问</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>this PC&apos;s own journal</source>
        <translation>本机自己的日志</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Choose the language of this desk. Menus, messages, labels and slips use it.</source>
        <translation>选择本工位的语言。菜单、消息、面单和配送单都会使用它。</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Who packs at this desk?</source>
        <translation>谁在这个工位打包？</translation>
    </message>
    <message>
        <source>The label printer</source>
        <extracomment>the next paper to try when the label is cut off (the printer&apos;s roll is smaller)</extracomment>
        <translation>面单打印机</translation>
    </message>
    <message>
        <source>The scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Set up this desk</source>
        <translation>设置本工位</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>the packer cards&apos; preview, when open (Packers step)</extracomment>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>跳过此步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Packer cards</source>
        <translation>打包员工牌</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Cross-border (all six countries)</source>
        <translation>跨境（全部六国）</translation>
    </message>
    <message>
        <source>Reconnect shop</source>
        <extracomment>the message shown when a step failed (bad input, keyring, Lazada refused, ...)</extracomment>
        <translation>重新连接店铺</translation>
    </message>
    <message>
        <source>Add a Lazada shop</source>
        <translation>添加 Lazada 店铺</translation>
    </message>
    <message>
        <source>App Key from the Lazada Open Platform console</source>
        <translation>来自 Lazada 开放平台控制台的 App Key</translation>
    </message>
    <message>
        <source>App Secret (kept in the system keyring)</source>
        <translation>App Secret（保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>Callback URL registered for the app</source>
        <translation>为应用注册的回调 URL</translation>
    </message>
    <message>
        <source>Leave empty for Lazada (emulator: http://127.0.0.1:PORT/rest)</source>
        <translation>Lazada 请留空（模拟器：http://127.0.0.1:PORT/rest）</translation>
    </message>
    <message>
        <source>Authorize in browser</source>
        <translation>在浏览器中授权</translation>
    </message>
    <message>
        <source>…or paste the address the browser shows after consenting</source>
        <translation>…或粘贴同意后浏览器显示的地址</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
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
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API 服务器</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored app secret</source>
        <translation>留空则保留已保存的 app secret</translation>
    </message>
    <message>
        <source>Waiting for Lazada… finish the consent page in the browser.</source>
        <translation>正在等待 Lazada… 请在浏览器中完成同意页面。</translation>
    </message>
    <message>
        <source>Log in on the Lazada page that opened and click Submit, then paste the address the browser shows here.</source>
        <translation>在打开的 Lazada 页面登录并点击 Submit，然后把浏览器显示的地址粘贴到这里。</translation>
    </message>
    <message>
        <source>Connecting the shop…</source>
        <translation>正在连接店铺…</translation>
    </message>
</context>
<context>
    <name>ShopService</name>
    <message>
        <source>Unknown region %1; choose one of %2.</source>
        <extracomment>a shop&apos;s token provider: this station&apos;s keyring, or the warehouse&apos;s vault</extracomment>
        <translation>未知地区 %1；请从 %2 中选择。</translation>
    </message>
    <message>
        <source>The app key is a number (App Console → App Overview → App Key).</source>
        <translation>App key 是数字（App Console → App Overview → App Key）。</translation>
    </message>
    <message>
        <source>Enter the app secret from the App Console.</source>
        <translation>请输入 App Console 中的 app secret。</translation>
    </message>
    <message>
        <source>The redirect URI must be the callback URL registered for the app (https://… or http://127.0.0.1:PORT/… for the built-in listener).</source>
        <translation>重定向 URI 必须是为应用注册的回调 URL（https://… 或内置监听器的 http://127.0.0.1:PORT/…）。</translation>
    </message>
    <message>
        <source>No shop %1 is configured.</source>
        <extracomment>the warehouse&apos;s shops (None: not read yet, or the database did not answer)</extracomment>
        <translation>未配置店铺 %1。</translation>
    </message>
    <message>
        <source>The warehouse holds no secrets for shop %1.</source>
        <translation>库房中没有店铺 %1 的密钥。</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>请在一个工作站上重新授权该店铺。</translation>
    </message>
    <message>
        <source>The app secret of shop %1 is missing from the keyring.</source>
        <translation>密钥环中没有店铺 %1 的 app secret。</translation>
    </message>
    <message>
        <source>Reconnect the shop and enter the app secret again.</source>
        <translation>请重新连接店铺并再次输入 app secret。</translation>
    </message>
</context>
<context>
    <name>ShopStep</name>
    <message>
        <source>Connect your Lazada shop to pack its orders, or keep the demo shop to practise first (its orders are not real). You can connect a shop later in Station → Shops…</source>
        <translation>连接您的 Lazada 店铺来打包其订单，或先用演示店铺练习（订单不是真的）。之后可在 工作站 → 店铺… 中连接店铺。</translation>
    </message>
    <message>
        <source>&amp;Connect a Lazada shop…</source>
        <translation>连接 Lazada 店铺…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep the demo shop for now</source>
        <translation>暂时使用演示店铺(&amp;K)</translation>
    </message>
    <message>
        <source>Shop: connecting</source>
        <translation>店铺：正在连接</translation>
    </message>
    <message>
        <source>Shop: demo</source>
        <translation>店铺：演示</translation>
    </message>
    <message numerus="yes">
        <source>Connected now: %n shop(s).</source>
        <translation>
            <numerusform>目前已连接 %n 个店铺。</numerusform>
        </translation>
    </message>
    <message>
        <source>No shop is connected yet.</source>
        <translation>尚未连接任何店铺。</translation>
    </message>
</context>
<context>
    <name>ShopTokenProvider</name>
    <message>
        <source>Shop %1 is not authorized on this station; reconnect it.</source>
        <translation>店铺 %1 未在此工作站授权；请重新连接。</translation>
    </message>
    <message numerus="yes">
        <source>Re-authorize this shop within %n day(s).</source>
        <translation>
            <numerusform>请在 %n 天内重新授权此店铺。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>The authorization of shop %1 has ended; authorize it again.</source>
        <translation>店铺 %1 的授权已结束；请重新授权。</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1 (%2); reconnect it.</source>
        <translation>Lazada 不再接受店铺 %1 的授权（%2）；请重新连接。</translation>
    </message>
    <message>
        <source>The renewed tokens could not be saved (%1); this shop will need to be reconnected after lazpack restarts.</source>
        <translation>续期的令牌无法保存（%1）；lazpack 重启后需要重新连接此店铺。</translation>
    </message>
</context>
<context>
    <name>ShopsWidget</name>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add shop…</source>
        <translation>添加店铺…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>重新连接…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 from every station of the warehouse?

Its app secret and tokens are deleted from the warehouse database; every station stops opening it at its next start. Orders already packed stay in the journal.</source>
        <translation>要从库房的所有工作站移除 %1 吗？

它的 app secret 和令牌会从库房数据库中删除；所有工作站从下次启动起不再打开它。已打包的订单仍保留在日志中。</translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation>移除店铺</translation>
    </message>
    <message>
        <source>Remove %1 from this station?

Its app secret and tokens are deleted from the system keyring; orders already packed stay in the journal.</source>
        <translation>从此工作站移除 %1？

其 app secret 和令牌会从系统密钥环删除；已打包的订单仍保留在日志中。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to the scan field</source>
        <extracomment>(key sequence, what it does) — the overview lists these in this order.</extracomment>
        <translation>转到扫描框</translation>
    </message>
    <message>
        <source>Enter (in the scan field)</source>
        <translation>Enter（在扫描框中）</translation>
    </message>
    <message>
        <source>Use the scanned or typed code</source>
        <translation>使用扫描或输入的代码</translation>
    </message>
    <message>
        <source>(any scan)</source>
        <translation>（任意扫描）</translation>
    </message>
    <message>
        <source>A barcode scanner works wherever the focus is, except in dialogs</source>
        <translation>条码扫描枪在任何位置都可用，对话框中除外</translation>
    </message>
    <message>
        <source>Done: go on to pack / print / ready to ship</source>
        <translation>完成：继续打包 / 打印 / 准备发货</translation>
    </message>
    <message>
        <source>Undo the last item scan</source>
        <translation>撤销上一次商品扫描</translation>
    </message>
    <message>
        <source>Esc (in the scan field), Ctrl+Del</source>
        <translation>Esc（在扫描框中）、Ctrl+Del</translation>
    </message>
    <message>
        <source>Cancel the open order</source>
        <translation>取消当前订单</translation>
    </message>
    <message>
        <source>Confirm an item that has no barcode (recorded as manual)</source>
        <translation>确认无条码商品（记录为手动）</translation>
    </message>
    <message>
        <source>Pack only the verified items</source>
        <translation>只打包已核对的商品</translation>
    </message>
    <message>
        <source>Reprint / preview the label</source>
        <translation>重打 / 预览面单</translation>
    </message>
    <message>
        <source>Repack: recreate the package (the old label becomes void)</source>
        <translation>重新打包：重建包裹（旧面单作废）</translation>
    </message>
    <message>
        <source>Pack &amp; ship the selected orders</source>
        <translation>打包并发货选中的订单</translation>
    </message>
    <message>
        <source>Deliver digital items of the selected orders</source>
        <translation>交付选中订单的数字商品</translation>
    </message>
    <message>
        <source>1–9, ↑↓ Enter, Esc (in a choice)</source>
        <translation>1–9、↑↓ Enter、Esc（在选择框中）</translation>
    </message>
    <message>
        <source>Pick an item in the link / confirm dialogs</source>
        <translation>在关联 / 确认对话框中选择商品</translation>
    </message>
    <message>
        <source>Back to the packing station from another page</source>
        <translation>从其他页面返回打包工作站</translation>
    </message>
    <message>
        <source>History: search every scan and action, per-order timeline, CSV export</source>
        <translation>历史：搜索每次扫描和操作、订单时间线、导出 CSV</translation>
    </message>
    <message>
        <source>Stats: orders and items per hour per packer</source>
        <translation>统计：每位打包员每小时的订单和商品数</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>工作站设置</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>搜索订单</translation>
    </message>
    <message>
        <source>Show one shop&apos;s orders (with several shops)</source>
        <translation>只显示一个店铺的订单（多店铺时）</translation>
    </message>
    <message>
        <source>Esc (in search)</source>
        <translation>Esc（在搜索框中）</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Switch tab: To pack, Packed, Ready, DBS, Problems, All</source>
        <translation>切换标签页：待打包、已打包、准备发货、DBS、有问题、全部</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>下一个 / 上一个标签页</translation>
    </message>
    <message>
        <source>Go to the orders list</source>
        <translation>转到订单列表</translation>
    </message>
    <message>
        <source>Move in the orders list</source>
        <translation>在订单列表中移动</translation>
    </message>
    <message>
        <source>Select several orders for a batch action</source>
        <translation>选择多个订单进行批量操作</translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation>Enter（在列表中）</translation>
    </message>
    <message>
        <source>Open the order (asks first while another is being packed)</source>
        <translation>打开订单（若正在打包另一个订单会先询问）</translation>
    </message>
    <message>
        <source>Sync with Lazada now</source>
        <translation>立即与 Lazada 同步</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>本概览</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>SkuChoiceDialog</name>
    <message>
        <source>Press the number, or ↑↓ and Enter. Esc cancels.</source>
        <extracomment>a second key within this time of the first is a scanner, not a person choosing a scan that arrived while the dialog was up (it closed unanswered)</extracomment>
        <translation>按数字键，或 ↑↓ 后按 Enter。Esc 取消。</translation>
    </message>
</context>
<context>
    <name>SoundStep</name>
    <message>
        <source>Every scan plays a sound: good, wrong item, parcel done. Play them and say whether you heard them; pick the speakers if not.</source>
        <translation>每次扫描都会发出提示音：正确、商品错误、包裹完成。请播放并确认是否听到；如果没有，请选择扬声器。</translation>
    </message>
    <message>
        <source>P&amp;lay the three sounds</source>
        <translation>播放三种声音(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Yes, I heard them</source>
        <translation>是，我听到了(&amp;Y)</translation>
    </message>
    <message>
        <source>This PC has no sound output (no speakers or headphones found). The station works without sound: every scan flashes green or red. Plug in speakers and come back with Station → Set up this desk… to hear them.</source>
        <translation>此电脑没有声音输出（未找到扬声器或耳机）。没有声音工作站也能用：每次扫描会闪绿色或红色。接上扬声器后，通过 工作站 → 设置本工位… 回来试听。</translation>
    </message>
    <message>
        <source>Sound: no output device, colours only</source>
        <translation>声音：无输出设备，仅颜色提示</translation>
    </message>
    <message>
        <source>Playing: good… wrong item… parcel done. Did you hear all three?</source>
        <translation>正在播放：正确… 商品错误… 包裹完成。三种都听到了吗？</translation>
    </message>
    <message>
        <source>Sound on, through “%1”.</source>
        <translation>声音已开启，通过“%1”。</translation>
    </message>
    <message>
        <source>Sound: on (%1)</source>
        <translation>声音：开（%1）</translation>
    </message>
    <message>
        <source>Check that the speakers are switched on and the volume is up, pick another output above and play again. Without sound the station still flashes green or red on every scan.</source>
        <translation>请确认扬声器已打开且音量已调高，在上方选择其他输出后再播放。没有声音时，每次扫描工作站仍会闪绿色或红色。</translation>
    </message>
</context>
<context>
    <name>StationCore</name>
    <message>
        <source>The warehouse database cannot be reached: no new order is opened and nothing is sent to Lazada until it is back. Scans are kept.</source>
        <extracomment>How often a new simulated order arrives in the demo shop. Resume the interrupted order after the first sync, or after this long without one. How long shutdown waits for a running pack/label/RTS step to close its journal entry.</extracomment>
        <translation>无法连接共享数据库：在恢复之前不会打开新订单，也不会向 Lazada 发送任何内容。扫描记录会保留。</translation>
    </message>
    <message>
        <source>The warehouse database is back.</source>
        <translation>共享数据库已恢复。</translation>
    </message>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>how long a background task may take to end after it was cancelled, per attempt the keyring the shop service uses (None: the OS keyring) the clients&apos; call budget from the settings; a bad value falls back to its default and the packer reads why at start-up (``housekeeping``) the orders (a window shown before the core passes the book it already shows) order claims across a warehouse&apos;s stations (None: SQLite, this PC is alone) who packs which order across the warehouse, for the orders list (None: SQLite) the product catalogue and the pick-list waves, in the journal&apos;s database: the warehouse&apos;s on PostgreSQL (every station scans against one catalogue). every shop connected since start (kept after shutdown: tests read the demo world) on a warehouse database: each shop&apos;s leader election and shared order book the shop service of the configured shops (None until one is needed) asks the packer for a shipment provider; without one the saved choice is used every sync state change of every shop (the window&apos;s sync indicator) False while the warehouse database is away (always True on SQLite) told True/False when the warehouse database comes back / goes away (the window&apos;s banner); while there is none, ``on_notice`` gets the text instead something the packer should read (a failed resume); the window shows it start-up recovery ran: scans and batches may write from now on</extracomment>
        <translation>店铺 %1 未连接到此工作站。</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>History could not be cleaned up: %1</source>
        <translation>无法清理历史：%1</translation>
    </message>
    <message>
        <source>Order %1 was taken over by another station: put it aside and scan CANCEL.</source>
        <translation>订单 %1 已被其他工作站接管：请放到一边并扫描 CANCEL。</translation>
    </message>
    <message>
        <source>Could not resume the last order: %1</source>
        <translation>无法继续上一个订单：%1</translation>
    </message>
</context>
<context>
    <name>StationLabels</name>
    <message>
        <source>Shop %1 is not connected at this station.</source>
        <extracomment>The label cache and print ledger of one shop (the core gives each shop its own folder). called with the job name right before a job goes to the sink (benchmarks, UI) called with the job name once a shop&apos;s job was printed and counted</extracomment>
        <translation>店铺 %1 未连接到此工作站。</translation>
    </message>
    <message>
        <source>No printer is chosen for labels.</source>
        <translation>未选择面单打印机。</translation>
    </message>
    <message>
        <source>Set a label printer in Settings, or print with the dialog.</source>
        <translation>请在设置中设置面单打印机，或通过对话框打印。</translation>
    </message>
</context>
<context>
    <name>StationMenus</name>
    <message>
        <source>Done / next step</source>
        <extracomment>the station&apos;s own session can reprint its label itself from these states</extracomment>
        <translation>完成 / 下一步</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>撤销上次扫描</translation>
    </message>
    <message>
        <source>Cancel order (Esc in the scan field)</source>
        <translation>取消订单（在扫描框按 Esc）</translation>
    </message>
    <message>
        <source>Confirm item without barcode</source>
        <translation>无条码确认商品</translation>
    </message>
    <message>
        <source>Pack verified items only</source>
        <translation>只打包已核对的商品</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>重打面单</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>面单预览</translation>
    </message>
    <message>
        <source>Repack (void label)…</source>
        <translation>重新打包（作废面单）…</translation>
    </message>
    <message>
        <source>Pack &amp;&amp; ship selected orders</source>
        <translation>打包并发货选中的订单</translation>
    </message>
    <message>
        <source>Deliver digital items of selected orders…</source>
        <translation>交付选中订单的数字商品…</translation>
    </message>
    <message>
        <source>Pick list…</source>
        <translation>拣货单…</translation>
    </message>
    <message>
        <source>Save labels as PDF (no printer)</source>
        <translation>将面单保存为 PDF（无打印机）</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Shops…</source>
        <translation>店铺…</translation>
    </message>
    <message>
        <source>Product catalogue…</source>
        <translation>商品目录…</translation>
    </message>
    <message>
        <source>Set up this desk…</source>
        <translation>设置本工位…</translation>
    </message>
    <message>
        <source>Print command sheet…</source>
        <translation>打印指令表…</translation>
    </message>
    <message>
        <source>None of the selected orders has digital items to deliver.</source>
        <translation>选中的订单都没有需要交付的数字商品。</translation>
    </message>
    <message>
        <source>Delivered ✓ — scan the next order</source>
        <translation>已送达 ✓ — 扫描下一个订单</translation>
    </message>
    <message>
        <source>Delivery failed — recorded with Lazada; scan the next order</source>
        <translation>配送失败 — 已在 Lazada 登记；扫描下一个订单</translation>
    </message>
    <message>
        <source>Digital items delivered ✓ — scan the next order</source>
        <translation>数字商品已送达 ✓ — 扫描下一个订单</translation>
    </message>
    <message>
        <source>This order has no label to print.</source>
        <translation>此订单没有可打印的面单。</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message numerus="yes">
        <source>Label printed (%n page(s)).</source>
        <translation>
            <numerusform>面单已打印（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels are now saved as PDF files.</source>
        <translation>面单现在保存为 PDF 文件。</translation>
    </message>
    <message>
        <source>Labels are now sent to the printer.</source>
        <translation>面单现在发送到打印机。</translation>
    </message>
    <message>
        <source>This order has no package label yet.</source>
        <translation>此订单还没有包裹面单。</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Command sheet</source>
        <translation>指令表</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Language changed. Menus and tab names change when lazpack starts again.</source>
        <translation>语言已更改。菜单和标签页名称将在 lazpack 下次启动时更改。</translation>
    </message>
    <message>
        <source>Shops cannot be managed here: the system keyring is not available.</source>
        <translation>无法在此管理店铺：系统密钥环不可用。</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Shops changed — restart lazpack to open or close their orders.</source>
        <translation>店铺已变更 — 请重启 lazpack 以打开或关闭其订单。</translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation>店铺：%1</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>已断开：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n d)</source>
        <translation>
            <numerusform>%1（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-authorize soon: %1</source>
        <translation>即将需要重新授权：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) connected</source>
        <translation>
            <numerusform>已连接 %n 个店铺</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>This day</source>
        <extracomment>(label, days ending on the chosen day)</extracomment>
        <translation>当天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Longest retention the setting offers: ten years.</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Orders / hour</source>
        <translation>订单 / 小时</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>商品 / 小时</translation>
    </message>
    <message>
        <source>Wrong-scan rate</source>
        <translation>扫错率</translation>
    </message>
    <message>
        <source>Median per order</source>
        <translation>每单中位用时</translation>
    </message>
    <message>
        <source>(no packer logged in)</source>
        <translation>（无打包员登录）</translation>
    </message>
    <message>
        <source>%1 orders over %2 hours with at least one packed order</source>
        <translation>%2 个有打包的小时内共 %1 个订单</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>(hours shown, {packer: orders per hour}) of the last plot — what the bars say.</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No orders packed on %1</source>
        <translation>%1 没有打包的订单</translation>
    </message>
    <message>
        <source>Orders packed per hour — %1</source>
        <translation>每小时打包订单数 — %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved. History older than %n day(s) is removed at start-up.</source>
        <translation>
            <numerusform>已保存。超过 %n 天的历史会在启动时删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packer(s)</source>
        <translation>
            <numerusform>%n 位打包员</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <extracomment>Emitted after every finished refresh (the number of packer-day rows).</extracomment>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>已打包订单</translation>
    </message>
    <message>
        <source>Items packed</source>
        <translation>已打包商品</translation>
    </message>
    <message>
        <source>Orders / hour (station)</source>
        <translation>订单 / 小时（工作站）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1: %2, %3 by %4.</source>
        <translation>%1：%2，%3，共 %4。</translation>
    </message>
    <message>
        <source>Nothing was packed on %1.</source>
        <translation>%1 没有打包任何订单。</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Unknown packing step %1; use one of %2.</source>
        <translation>未知的打包步骤 %1；请使用 %2 之一。</translation>
    </message>
</context>
<context>
    <name>Stickers</name>
    <message>
        <source>Unknown sticker size %1.</source>
        <extracomment>name -&gt; (width, height) in mm: the sticker rolls sellers use. One module = 2 dots at 203 dpi.</extracomment>
        <translation>未知的贴纸尺寸 %1。</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>请从中选择一个：%1。</translation>
    </message>
    <message>
        <source>No stickers to print: give each SKU a quantity.</source>
        <translation>没有要打印的贴纸：请为每个 SKU 填写数量。</translation>
    </message>
    <message>
        <source>%1 stickers at once is too many (at most %2).</source>
        <translation>一次 %1 张贴纸太多（最多 %2 张）。</translation>
    </message>
    <message>
        <source>SKU %1 cannot be a Code128 barcode (only ASCII letters, digits, signs).</source>
        <translation>SKU %1 无法生成 Code128 条码（只能用 ASCII 字母、数字、符号）。</translation>
    </message>
    <message>
        <source>Give it an EAN in the catalogue, or rename the seller SKU.</source>
        <translation>请在商品目录中为其填写 EAN，或重命名卖家 SKU。</translation>
    </message>
    <message>
        <source>No sticker printer is saved.</source>
        <translation>尚未保存贴纸打印机。</translation>
    </message>
    <message>
        <source>Choose one in the Stickers dialog first.</source>
        <translation>请先在贴纸对话框中选择一台。</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>%1 cannot sync this shop: %2</source>
        <extracomment>GetMultipleOrderItems takes at most 50 order ids per call (lazada-api.md §3.3). Re-read this much before the newest ``updated_at`` seen: clocks and commits are not exact. on a warehouse database: the station that syncs this shop with Lazada (&quot;&quot; alone) this station is that leader (it talks to Lazada for the shop) the orders the last full sync found open (None: no full sync yet)</extracomment>
        <translation>%1 无法同步此店铺：%2</translation>
    </message>
    <message>
        <source>no answer from Lazada</source>
        <translation>Lazada 没有回应</translation>
    </message>
    <message>
        <source>Internal error while syncing orders.</source>
        <translation>同步订单时发生内部错误。</translation>
    </message>
    <message>
        <source>The details are in the log; syncing keeps trying.</source>
        <translation>详情见日志；同步会继续尝试。</translation>
    </message>
</context>
<context>
    <name>TestLabel</name>
    <message>
        <source>lazpack test label</source>
        <extracomment>what the test label&apos;s barcode reads the space the words may take across the label (from the rulers inwards)</extracomment>
        <translation>lazpack 测试面单</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <source>Whole: the frame is closed and</source>
        <translation>完整：边框闭合，且</translation>
    </message>
    <message>
        <source>every ruler starts at 0 at its corner.</source>
        <translation>每把标尺都从其角上的 0 开始。</translation>
    </message>
    <message>
        <source>From 0 to %1 the bottom ruler measures %1 mm.</source>
        <translation>底部标尺从 0 到 %1 为 %1 毫米。</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Packing video is off: QtMultimedia is missing (%1).</source>
        <translation>打包视频已关闭：缺少 QtMultimedia（%1）。</translation>
    </message>
    <message>
        <source>Packing video is off: this PC has no video encoder for MKV files.</source>
        <extracomment>how long closing the station waits for the encoder to finish the open clip&apos;s file the journal event of a finished clip kinds that put an item into the parcel: the overlay&apos;s &quot;last scanned item&quot; changes a warning when the disk holds less than this many minutes of recording a rough size of one minute of 720p MPEG-4 at 15 fps, for the low-disk warning before the first clip measured the real rate recording started or stopped (the preview&apos;s REC) a clip&apos;s file is closed and has its final name (``FinishedClip``) each finished clip is an ``event=&quot;video&quot;`` line of its order&apos;s timeline the order whose clip ended because it was done (its later scans start nothing) clip file names retention must not delete now (an evidence export copying them) the pack view&apos;s preview (``install_video`` puts it there) the order panel&apos;s &quot;Video (0:42)&quot; and &quot;Export evidence…&quot; buttons (``install_video``) set when the last closing clip&apos;s file is closed (``aclose`` waits for it)</extracomment>
        <translation>打包视频已关闭：本机没有 MKV 文件的视频编码器。</translation>
    </message>
    <message>
        <source>This station records every order and the camera is not working: plug it in (or untick &apos;Open no order while the camera is not working&apos; in Settings), then scan the order again.</source>
        <translation>本工作站录制每个订单，但相机无法工作：请连接相机（或在设置中关闭“相机不工作时不打开订单”），然后重新扫描订单。</translation>
    </message>
    <message>
        <source>No video for this order: the camera is not available.</source>
        <translation>此订单没有视频：相机不可用。</translation>
    </message>
    <message>
        <source>Packing order %1</source>
        <translation>打包订单 %1</translation>
    </message>
    <message>
        <source>Video of order %1 stopped: nothing was scanned for %2 minutes.</source>
        <translation>订单 %1 的视频已停止：%2 分钟内没有扫描。</translation>
    </message>
    <message>
        <source>The video of order %1 could not be written: %2</source>
        <translation>无法写入订单 %1 的视频：%2</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>视频 (%1)</translation>
    </message>
    <message>
        <source>The video of order %1 is saved but not in the journal: %2</source>
        <translation>订单 %1 的视频已保存，但未写入日志：%2</translation>
    </message>
    <message>
        <source>Old videos could not be deleted: %1</source>
        <translation>无法删除旧视频：%1</translation>
    </message>
    <message>
        <source>The video disk is almost full (%1 MB free). Lower the video disk budget or free space.</source>
        <translation>视频磁盘快满了（剩余 %1 MB）。请调小视频磁盘配额或腾出空间。</translation>
    </message>
    <message>
        <source>the recorder failed</source>
        <extracomment>preview updates per second the preview thumbnail&apos;s height in pixels the recorder failed (the text says why); ``stop()`` then closes what was written</extracomment>
        <translation>录制器出错</translation>
    </message>
    <message>
        <source>NO CAMERA</source>
        <extracomment>the clip&apos;s frame (may be null), the preview (may be null), the clip it was painted for a downscaled picture for the preview, a few times a second</extracomment>
        <translation>无相机</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>what the current clip&apos;s frames say (``None``: no overlay)</extracomment>
        <translation>订单</translation>
    </message>
    <message>
        <source>AWB</source>
        <translation>AWB</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>lazpack test camera</source>
        <extracomment>the source works again (a camera plugged back in)</extracomment>
        <translation>lazpack 测试相机</translation>
    </message>
    <message>
        <source>test camera</source>
        <translation>测试相机</translation>
    </message>
    <message>
        <source>Test camera (moving test pattern)</source>
        <translation>测试相机（动态测试图）</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>No camera: the packing camera is not plugged in. Packing goes on without video.</source>
        <translation>没有相机：打包相机未连接。打包继续，但没有视频。</translation>
    </message>
    <message>
        <source>Camera problem (%1): %2. Packing goes on without video.</source>
        <translation>相机出错（%1）：%2。打包继续，但没有视频。</translation>
    </message>
    <message>
        <source>Camera %1 was unplugged. Packing goes on without video.</source>
        <translation>相机 %1 已拔出。打包继续，但没有视频。</translation>
    </message>
</context>
<context>
    <name>VideoButton</name>
    <message>
        <source>Video (%1)</source>
        <extracomment>whether the order shown has a clip (the export button follows it) (shop, order id) -&gt; its latest clip</extracomment>
        <translation>视频 (%1)</translation>
    </message>
    <message>
        <source>No video player could open %1; the file is in %2.</source>
        <translation>没有视频播放器能打开 %1；文件位于 %2。</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>导出证据…</translation>
    </message>
    <message>
        <source>Export evidence to</source>
        <translation>导出证据到</translation>
    </message>
    <message>
        <source>The evidence export failed.</source>
        <translation>证据导出失败。</translation>
    </message>
    <message>
        <source>Evidence written to %1.</source>
        <translation>证据已写入 %1。</translation>
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
        <translation>相机：%1</translation>
    </message>
</context>
<context>
    <name>VideoSettings</name>
    <message>
        <source>Packing video</source>
        <translation>打包视频</translation>
    </message>
    <message>
        <source>Record a video of every order packed</source>
        <translation>为每个打包的订单录制视频</translation>
    </message>
    <message>
        <source>Open no order while the camera is not working</source>
        <translation>相机不工作时不打开订单</translation>
    </message>
    <message>
        <source>The PC&apos;s default camera</source>
        <translation>电脑首选相机</translation>
    </message>
    <message>
        <source>Camera not connected (%1)</source>
        <translation>相机未连接（%1）</translation>
    </message>
    <message>
        <source>empty: the station&apos;s data folder (videos)</source>
        <translation>留空：工作站数据文件夹（videos）</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>视频尺寸</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>每秒图像数</translation>
    </message>
    <message>
        <source>Delete videos older than</source>
        <translation>视频保留天数</translation>
    </message>
    <message>
        <source>Disk budget</source>
        <translation>磁盘配额</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>That is not a warehouse key (it should be 43 letters, digits, - and _).</source>
        <translation>这不是库房密钥（应为 43 个字母、数字、- 和 _）。</translation>
    </message>
    <message>
        <source>Copy it again from Settings → Warehouse on a station that is already set up.</source>
        <translation>请在已设置好的工作站上从设置 → 库房再次复制。</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@server:5432/database (the password goes in its own field).</source>
        <extracomment>query parameters that carry a password: kept out of the settings file query parameters lazpack does not keep (secrets or secret files): refused with a message</extracomment>
        <translation>请写成 postgresql://user@server:5432/database（密码填在单独的输入框中）。</translation>
    </message>
    <message>
        <source>That is not a database address lazpack can read.</source>
        <translation>lazpack 无法读取该数据库地址。</translation>
    </message>
    <message>
        <source>The warehouse database address must start with postgresql://.</source>
        <translation>库房数据库地址必须以 postgresql:// 开头。</translation>
    </message>
    <message>
        <source>The address names no database (…/database at its end).</source>
        <translation>地址中没有数据库名（结尾的 …/database）。</translation>
    </message>
    <message>
        <source>lazpack does not keep the setting %1 of the address; put it in the PostgreSQL service or password file of this PC instead.</source>
        <translation>lazpack 不保存地址中的设置 %1；请把它放在本机 PostgreSQL 的 service 文件或密码文件中。</translation>
    </message>
    <message>
        <source>Open Settings → Warehouse → Join this warehouse on this station and type the key shown on a station that is already set up (Settings → Warehouse → Show warehouse key).</source>
        <translation>在本工作站打开设置 → 库房 → 加入此库房，并输入已设置好的工作站上显示的密钥（设置 → 库房 → 显示库房密钥）。</translation>
    </message>
    <message>
        <source>This station has not joined the warehouse yet, so it cannot open the warehouse&apos;s shops.</source>
        <translation>本工作站尚未加入库房，因此无法打开库房的店铺。</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key is not the key of this warehouse&apos;s database.</source>
        <translation>本工作站的库房密钥不是此库房数据库的密钥。</translation>
    </message>
    <message>
        <source>This station has no warehouse key to show.</source>
        <extracomment>Connects once to the address and reports what it holds (changes nothing). ``(address, key_id)``: sets a new database up, records the key&apos;s fingerprint unless one is recorded, returns the one recorded. the database this station runs on now (without its password); &quot;&quot; = its own journal</extracomment>
        <translation>本工作站没有可显示的库房密钥。</translation>
    </message>
    <message>
        <source>Enter the address of the warehouse database first.</source>
        <translation>请先输入库房数据库的地址。</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2).</source>
        <translation>已连接到 %1（PostgreSQL %2）。</translation>
    </message>
    <message>
        <source>The database is empty; lazpack sets it up at the next start.</source>
        <translation>数据库是空的；lazpack 会在下次启动时设置它。</translation>
    </message>
    <message>
        <source>No warehouse key yet: the first shop authorized on a station of this warehouse creates it.</source>
        <translation>还没有库房密钥：在此库房的工作站上第一个授权的店铺会创建它。</translation>
    </message>
    <message>
        <source>This station has the warehouse key.</source>
        <translation>本工作站有库房密钥。</translation>
    </message>
    <message>
        <source>This station holds a different warehouse key: join again with this warehouse&apos;s key.</source>
        <translation>本工作站持有另一个库房密钥：请用此库房的密钥重新加入。</translation>
    </message>
    <message>
        <source>This station has not joined yet: Join this warehouse with the key shown on a station that is already set up.</source>
        <translation>本工作站尚未加入：请用已设置好的工作站上显示的密钥加入此库房。</translation>
    </message>
    <message numerus="yes">
        <source>%n shop(s) in this warehouse.</source>
        <translation>
            <numerusform>此库房有 %n 个店铺。</numerusform>
        </translation>
    </message>
    <message>
        <source>That key is not this warehouse&apos;s key: its database was set up with another one.</source>
        <translation>该密钥不是此库房的密钥：它的数据库是用另一个密钥设置的。</translation>
    </message>
    <message>
        <source>Copy the key again from Settings → Warehouse → Show warehouse key on a station of this warehouse, and check the database address.</source>
        <translation>请在此库房的工作站上从设置 → 库房 → 显示库房密钥再次复制密钥，并检查数据库地址。</translation>
    </message>
    <message>
        <source>This station has joined the warehouse. Its shops open here from the next start.</source>
        <translation>本工作站已加入库房。从下次启动起，库房的店铺会在这里打开。</translation>
    </message>
    <message>
        <source>Saved: this station uses its own journal from the next start.</source>
        <translation>已保存：从下次启动起，本工作站使用自己的日志。</translation>
    </message>
    <message>
        <source>Saved: this station uses the warehouse database from the next start.</source>
        <translation>已保存：从下次启动起，本工作站使用库房数据库。</translation>
    </message>
    <message>
        <source>This station&apos;s warehouse key does not match the one the shop&apos;s secrets were sealed with.</source>
        <translation>本工作站的库房密钥与加密店铺密钥所用的密钥不一致。</translation>
    </message>
    <message>
        <source>Settings → Warehouse → Join this warehouse, with the key shown on a station that is already set up.</source>
        <translation>设置 → 库房 → 加入此库房，使用已设置好的工作站上显示的密钥。</translation>
    </message>
    <message>
        <source>The shop secrets of %1 in the warehouse database fail their integrity check (altered or copied from another shop).</source>
        <translation>库房数据库中店铺 %1 的密钥未通过完整性检查（被改动或从其他店铺复制）。</translation>
    </message>
    <message>
        <source>Authorize the shop again on one station.</source>
        <translation>请在一个工作站上重新授权该店铺。</translation>
    </message>
    <message>
        <source>The warehouse database %1 cannot be reached (%2).</source>
        <extracomment>the ``shared_settings`` row holding the warehouse key&apos;s fingerprint what keeps a connection from being made (ValueError: an address asyncpg cannot use)</extracomment>
        <translation>无法连接库房数据库 %1（%2）。</translation>
    </message>
    <message>
        <source>Check the address, the user and the password, and that the PostgreSQL server is running and accepts connections from this PC.</source>
        <translation>请检查地址、用户和密码，并确认 PostgreSQL 服务器正在运行并接受本机的连接。</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <source>Warehouse key</source>
        <translation>库房密钥</translation>
    </message>
    <message>
        <source>Type this key at the station that joins (Settings → Warehouse → Join this warehouse). Anyone with it and the database can read the shops&apos; secrets: do not send it by e-mail or chat, and close this box when done.</source>
        <translation>在要加入的工作站上输入此密钥（设置 → 库房 → 加入此库房）。持有此密钥和数据库的人都能读取店铺的密钥：不要通过邮件或消息发送，用完请关闭此窗口。</translation>
    </message>
    <message>
        <source>Join this warehouse</source>
        <translation>加入此库房</translation>
    </message>
    <message>
        <source>On a station that is already set up, open Settings → Warehouse → Show warehouse key, and type the key here (spaces do not matter).</source>
        <translation>在已设置好的工作站上打开设置 → 库房 → 显示库房密钥，然后在这里输入密钥（空格不影响）。</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <extracomment>what was typed, taken out of the field as the box closes</extracomment>
        <translation>库房</translation>
    </message>
    <message>
        <source>Stations of one warehouse share a PostgreSQL database: each order is packed at one station, each shop is synced by one and authorized once for all. Leave the address empty to keep this PC&apos;s own journal.</source>
        <translation>同一库房的工作站共用一个 PostgreSQL 数据库：每个订单只在一个工作站打包，每个店铺由一个工作站同步，并且只需为所有工作站授权一次。地址留空则继续使用本机自己的日志。</translation>
    </message>
    <message>
        <source>saved in the keyring</source>
        <translation>已保存在密钥环中</translation>
    </message>
    <message>
        <source>the database user&apos;s password</source>
        <translation>数据库用户的密码</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>This station runs on %1 now.</source>
        <translation>本工作站现在使用 %1。</translation>
    </message>
    <message>
        <source>This station runs on this PC&apos;s own journal now.</source>
        <translation>本工作站现在使用本机自己的日志。</translation>
    </message>
    <message>
        <source>A new address applies at the next start of lazpack. The password is kept in this PC&apos;s keyring, never in the settings file.</source>
        <translation>新地址在 lazpack 下次启动时生效。密码保存在本机的密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>数据库地址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Show warehouse key…</source>
        <translation>显示库房密钥(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Join this warehouse…</source>
        <translation>加入此库房(&amp;J)…</translation>
    </message>
    <message>
        <source>This station has no warehouse key. Join this warehouse with the key shown on a station that is already set up; the first station of a new warehouse creates the key when it authorizes a shop.</source>
        <translation>本工作站没有库房密钥。请用已设置好的工作站上显示的密钥加入此库房；新库房的第一个工作站在授权店铺时创建密钥。</translation>
    </message>
    <message>
        <source>This station has the warehouse key (fingerprint %1).</source>
        <translation>本工作站有库房密钥（标识码 %1）。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Show the warehouse key?</source>
        <translation>显示库房密钥？</translation>
    </message>
    <message>
        <source>The warehouse key unlocks the secrets of every shop of this warehouse. Show it only to type it at a station that joins, with nobody else looking.</source>
        <translation>库房密钥能打开此库房所有店铺的密钥。只在要加入的工作站上输入时显示，且不要让别人看到。</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>正在检查密钥…</translation>
    </message>
</context>
<context>
    <name>WarehouseTokens</name>
    <message>
        <source>The renewed tokens are kept on this station until the warehouse database is back.</source>
        <extracomment>A rotated pair Lazada gave us that the database has not stored yet.</extracomment>
        <translation>续期后的令牌保存在本工作站，直到库房数据库恢复。</translation>
    </message>
    <message>
        <source>Connected (shared by the warehouse)</source>
        <translation>已连接（库房共用）</translation>
    </message>
    <message>
        <source>Shop %1 is not authorized in this warehouse; authorize it on one station.</source>
        <translation>店铺 %1 尚未在此仓库授权；请在任一工作站上授权。</translation>
    </message>
    <message>
        <source>Shop %1 has no tokens to refresh.</source>
        <translation>店铺 %1 没有可刷新的令牌。</translation>
    </message>
    <message>
        <source>Lazada no longer accepts the authorization of shop %1; authorize it again on one station.</source>
        <translation>Lazada 不再接受店铺 %1 的授权；请在任一工作站上重新授权。</translation>
    </message>
</context>
<context>
    <name>WarehouseView</name>
    <message>
        <source>⚠ The warehouse database cannot be reached (since %1). Scans are kept, but no new order can be opened or claimed, and the open order&apos;s Lazada steps wait until the database is back. Reconnecting…</source>
        <extracomment>(background, text): a red that cannot be mistaken for the amber DEMO bar the &quot;Packing at&quot; column&apos;s first width: &quot;Station 12 · Ana · 40 s ago&quot; whole how long &quot;the warehouse database is back&quot; stays in the status bar</extracomment>
        <translation>⚠ 无法连接共享数据库（自 %1 起）。扫描记录会保留，但不能打开或认领新订单，已打开订单的 Lazada 步骤会等到数据库恢复。正在重新连接…</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>no order open</source>
        <translation>未打开订单</translation>
    </message>
    <message>
        <source>order open</source>
        <translation>订单已打开</translation>
    </message>
    <message>
        <source>verifying items</source>
        <translation>正在核对商品</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>商品已全部核对</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>label printed</source>
        <translation>面单已打印</translation>
    </message>
    <message>
        <source>ready to ship</source>
        <translation>准备发货</translation>
    </message>
    <message>
        <source>open an order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>verify an item</source>
        <translation>核对商品</translation>
    </message>
    <message>
        <source>finish verifying</source>
        <translation>完成核对</translation>
    </message>
    <message>
        <source>undo a scan</source>
        <translation>撤销扫描</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>pack the verified items only</source>
        <translation>只打包已核对的商品</translation>
    </message>
    <message>
        <source>use the existing label</source>
        <translation>使用现有面单</translation>
    </message>
    <message>
        <source>print the label</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <source>confirm the label</source>
        <translation>确认面单</translation>
    </message>
    <message>
        <source>mark ready to ship</source>
        <translation>设为准备发货</translation>
    </message>
    <message>
        <source>repack</source>
        <translation>重新打包</translation>
    </message>
    <message>
        <source>cancel the order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>close the order</source>
        <translation>关闭订单</translation>
    </message>
    <message>
        <source>Lazada already has this order packed: repack it, or close it.</source>
        <extracomment>(state, event) -&gt; next state. Everything else is illegal.</extracomment>
        <translation>Lazada 已打包此订单：请重新打包或关闭订单。</translation>
    </message>
    <message>
        <source>Cannot %1 while the order is %2.</source>
        <translation>订单为“%2”时无法%1。</translation>
    </message>
    <message>
        <source>Scan an order number, tracking number or package id.</source>
        <extracomment>States in which the packer is still scanning the order&apos;s items.</extracomment>
        <translation>扫描订单号、运单号或包裹号。</translation>
    </message>
    <message>
        <source>Scan DONE to try again, or CANCEL.</source>
        <translation>扫描 DONE 重试，或扫描 CANCEL。</translation>
    </message>
    <message>
        <source>Working on it — please wait.</source>
        <translation>正在处理 — 请稍候。</translation>
    </message>
    <message>
        <source>Scan the label on the parcel to confirm it.</source>
        <translation>扫描包裹上的面单确认。</translation>
    </message>
    <message>
        <source>Scan DONE to pack.</source>
        <translation>扫描 DONE 打包。</translation>
    </message>
    <message>
        <source>Scan DONE to print the label.</source>
        <translation>扫描 DONE 打印面单。</translation>
    </message>
    <message>
        <source>Scan DONE to mark ready to ship.</source>
        <translation>扫描 DONE 设为准备发货。</translation>
    </message>
    <message>
        <source>Put the parcel aside and scan the next order.</source>
        <translation>把包裹放到一边，扫描下一个订单。</translation>
    </message>
    <message numerus="yes">
        <source>Scan %1 — %2 (%3 left); %n more SKU(s) missing.</source>
        <translation>
            <numerusform>扫描 %1 — %2（还差 %3）；另有 %n 个 SKU 未齐。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan %1 — %2 (%3 left).</source>
        <translation>扫描 %1 — %2（还差 %3）。</translation>
    </message>
</context>
</TS>
