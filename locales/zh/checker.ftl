# The checker's words in Chinese (Simplified, zh-Hans): rule messages (and their .help), places,
# names of formats and languages, the command line and the cover email.
# Syntax: https://projectfluent.org/fluent/guide/ ; ids are the keys of the
# report (`word-limit.over`) with the dot written `_`. Functions: see
# docs/translating.md.
# Chinese has only the plural category `other`: counts are written as plain sentences.
# Words are counted per character in Chinese text, so "word" is rendered as 字.

## Format names, used in lists.

format_docx = Word (.docx)
format_docm = 启用宏的 Word (.docm)
format_doc = Word 97-2003 (.doc)
format_encrypted-ooxml = 受密码保护的 Word
format_pdf = PDF
format_odt = OpenDocument (.odt)
format_rtf = 富文本格式 (.rtf)
format_txt = 纯文本
format_html = 网页 (HTML)
format_image = 图片
format_empty = 空文件
format_unknown = 无法识别的文件

## Language names.

language_en = 英文
language_fr = 法文
language_es = 西班牙文
language_pt = 葡萄牙文

## Rules.

unreadable-file_corrupt = 无法打开此文件：文件似乎已损坏。
    .help = 请在Word或LibreOffice中打开原始文件，以新的文件名重新保存，然后检查新文件。如果文件是通过电子邮件收到的，请重新下载。
unreadable-file_too-large = 此文件过大或过于复杂，无法安全地进行检查。
    .help = 请确认这是正确的文件。另存一份不含大图片的副本（在Word中：文件 > 压缩图片），然后检查该副本。
unreadable-file_unsupported = 检查工具无法读取此类文件（{ FORMATS($format) }）中的文字，因此无法统计字数，也无法查找隐藏内容。
    .help = 请将文档另存为Word (.docx)或PDF格式：在Word中，点击文件 > 另存为；在LibreOffice中，点击文件 > 另存为 > Word 2007–365；在Google 文档中，点击文件 > 下载 > Microsoft Word (.docx)。然后检查新文件。
unreadable-file_empty = 此文件为空（0字节）：其中没有任何可以发送的内容。
    .help = 请重新保存您的文档，并选择保存好的文件，而不是快捷方式或仍在下载中的文件。
password-protected = 此文件设有密码保护，秘书处无法打开或发布。
    .help = 请删除密码，发送未加密的文件。在Word中：文件 > 信息 > 保护文档 > 用密码进行加密，删除密码，点击“确定”，然后保存。在LibreOffice中：文件 > 另存为，取消勾选“使用密码保存”。在Acrobat中：文件 > 属性 > 安全性，将安全性方法设为“无安全性”。
file-format_not-accepted = 本次征集接受{ FORMATS($accepted) }文件；而此文件为{ FORMATS($format) }。
    .help = 请在Word、LibreOffice或Google 文档中打开该文件，另存一份{ FORMATS($accepted) }格式的副本：在Word中，点击文件 > 另存为，然后选择文件类型；在LibreOffice中，点击文件 > 另存为，或文件 > 导出为 PDF；在Google 文档中，点击文件 > 下载，然后选择文件类型。然后检查新文件。
file-format_unrecognised = 本次征集接受{ FORMATS($accepted) }文件；而此文件{ MESSAGE($kind) }。
    .help = 请在撰写该文档所用的程序中打开文档，将其另存为或导出为{ FORMATS($accepted) }格式。在Apple Pages中：文件 > 导出为 > Word或PDF。在LibreOffice中：文件 > 另存为，或文件 > 导出为 PDF。在Google 文档中：文件 > 下载。
# The kind_ values complete the sentence "而此文件…" of file-format_unrecognised.
kind_unrecognised = 采用了检查工具无法识别的格式
kind_apple-pages = 是Apple Pages文档
kind_spreadsheet = 是电子表格
kind_presentation = 是演示文稿
kind_zip-archive = 是ZIP压缩文件
kind_opendocument-other = 是OpenDocument文件，但不是文本文档
kind_office-legacy-other = 是旧版Office文件，但不是Word文档
kind_damaged-zip = 已损坏
file-format_macros = 这是启用宏的Word文件（.docm）。邮件服务器经常拦截此类附件，秘书处也可能不会打开。
    .help = 请将其另存为普通Word文档：文件 > 另存为 > Word 文档 (*.docx)。宏会被去除，文字保留不变。
unreadable-file_legacy-word = 这是Word 97之前版本（Word 6或Word 95）的Word文件。本次征集接受Word文件，但检查工具无法读取如此旧的格式，因此未进行其他任何检查。
    .help = 请将其另存为.docx文件，然后检查新文件，新文件将得到全面检查：在Word中，点击文件 > 另存为 > Word 文档 (*.docx)；在LibreOffice中，点击文件 > 另存为 > Word 2007–365 (.docx)；在Google 文档中，打开该文件，然后点击文件 > 下载 > Microsoft Word (.docx)。
wrong-extension = 该文件名为“{ $name }”，但其实际格式为：{ FORMATS($format) }。
    .help = 请在创建该文件的程序中以正确的格式重新保存，或将其重命名，使文件名以.{ $expected }结尾。文件名有误可能导致秘书处的计算机拒绝打开该文件。
word-limit_over = 文档共有{ $counted }字，本次征集的上限为{ $limit }字。请至少删减{ $excess }字。
    .help = 计数范围：{ MESSAGE($what) }。请精简文字；如本次征集允许，也可将详细内容移入单独发送的附件。Word自带的字数统计位于审阅 > 字数统计。
word-limit_near = 文档共有{ $counted }字，略低于{ $limit }字的上限。
    .help = 计数范围：{ MESSAGE($what) }。Word的统计结果可能略有出入：请留出少许余量。
word-limit_what-body = 正文，不含脚注和尾注
word-limit_what-body-and-notes = 正文以及脚注和尾注
hyperlinks-missing = 本次征集要求提供指向资料来源（网站、文件、统计数据、法律）的超链接，而本文档中没有任何超链接。
    .help = 请为资料来源添加链接：选中相关文字，然后在Word中点击插入 > 链接（Ctrl+K）；在LibreOffice中点击插入 > 超链接（Ctrl+K）；在Google 文档中点击插入 > 链接；再粘贴网址。
deadline_passed = 截止日期为{ $deadline }（{ ZONE($zone) }时间），现已过期。
    .help = 发送前请先与秘书处联系：逾期提交的材料可能不予考虑。
deadline_soon = 截止日期为{ $deadline }（{ ZONE($zone) }时间）：还剩{ $days }天。
    .help = 请尽快发送您的材料：电子邮件可能需要一段时间才能送达，而截止时间为截止日当晚午夜（{ ZONE($zone) }时间）。
deadline_today = 截止日期就是今天（{ $deadline }），截止时间为今晚午夜（{ ZONE($zone) }时间）。
    .help = 请在今天发送您的材料，不要等到最后一刻：电子邮件可能需要一段时间才能送达。

## The cover email.

mail_greeting = 尊敬的秘书处：
mail_cover = 随函附上我们就贵处此次征集提交的材料，请查收。
mail_title = 标题：{ $title }
mail_file = 文件：{ $file }
mail_words = 字数：{ $words }
mail_language = 语言：{ LANGUAGES($language) }
mail_attach = 【发送前：请将文件{ $file }添加为本邮件的附件。】
mail_closing = 此致敬礼！

## Publication readiness: who will see what is hidden in the file.

publication_in-full = 本次征集将按收到时的原样全文公布提交的材料，因此这些内容将会公开。
publication_received = 任何收到该文件的人都能看到这些内容。
comments = 文件中仍有批注：共{ $count }条（回复：{ $replies }条；标记为已解决：{ $resolved }条），作者为{ LIST($authors) }。{ MESSAGE($audience) }
    .help = 请删除所有批注；将批注标记为已解决只会将其隐藏。Word：审阅 > 删除（下方的箭头）> 删除文档中的所有批注。LibreOffice：点击视图 > 批注以显示批注，然后右键点击某条批注 > 删除所有批注。Google 文档：下载之前，打开评论记录（右上角的对话气泡图标），逐一删除每个评论串（⋮ > 删除）。然后再次检查该文件。
tracked-changes = 文件中仍有修订：共{ $count }处（插入：{ $insertions }处；删除：{ $deletions }处；移动：{ $moves }处；格式：{ $formatting }处），修订者为{ LIST($authors) }（日期：{ DATES($dates) }）。{ MESSAGE($audience) }
    .help = 请接受或拒绝每一处修订，然后停止修订。Word：审阅 > 接受（下方的箭头）> 接受所有更改并停止修订。LibreOffice：编辑 > 追踪修订 > 接受全部，然后取消勾选编辑 > 追踪修订 > 记录修订。Google 文档：工具 > 查看建议的修改 > 全部接受。然后保存，并再次检查该文件。
tracked-changes_with-deleted = 文件中仍有修订：共{ $count }处（插入：{ $insertions }处；删除：{ $deletions }处；移动：{ $moves }处；格式：{ $formatting }处），修订者为{ LIST($authors) }（日期：{ DATES($dates) }）。{ MESSAGE($audience) }已删除的文字仍在文件中，任何人都能读到，例如：“{ $deleted }”。
    .help = 请接受或拒绝每一处修订，然后停止修订：只有这样，已删除的文字才会真正消失。Word：审阅 > 接受（下方的箭头）> 接受所有更改并停止修订。LibreOffice：编辑 > 追踪修订 > 接受全部，然后取消勾选编辑 > 追踪修订 > 记录修订。Google 文档：工具 > 查看建议的修改 > 全部接受。然后保存，并再次检查该文件。
hidden-text = 文件中仍有隐藏文字（共{ $count }处）。Word不会显示或打印这些文字，但它们仍在文件中，任何人都可以让其显示出来。{ MESSAGE($audience) }
    .help = Word：文件 > 信息 > 检查问题 > 检查文档，勾选“隐藏文字”，点击“检查”，然后点击“全部删除”。如需先查看这些文字，可点击开始 > ¶（显示/隐藏编辑标记），隐藏文字将带虚线下划线显示。LibreOffice：勾选工具 > 选项 > LibreOffice Writer > 格式设置辅助 > 隐藏字符以显示这些文字，然后将其删除；或选中这些文字，在格式 > 字符 > 字体效果中取消勾选“隐藏”。Google 文档没有隐藏文字：请在Word或LibreOffice中将其删除。然后再次检查该文件。
headers-footers = 页眉和页脚会打印在每一页上，并随文档一起公布。请确认其中没有您不希望公开的内容：{ $texts }。
    .help = 编辑方法：在Word中，双击页面的上边距或下边距；在LibreOffice中，点击页眉或页脚；在Google 文档中，点击页面的最顶部或最底部。请注意，设置了“首页不同”或“奇偶页不同”时，首页以及奇数页和偶数页各有自己的页眉和页脚。
headers-footers_watermark = 文档页面上有水印：{ $text }。
    .help = 如果水印不应公开（例如“草稿”或“机密”），请将其删除。Word：设计 > 水印 > 删除水印。LibreOffice：格式 > 水印，然后清空“文字”框。Google 文档：插入 > 水印，然后点击“移除水印”。
personal-metadata_author = 文件属性中写有作者姓名：“{ $value }”。{ MESSAGE($audience) }
    .help = Word：文件 > 信息 > 检查问题 > 检查文档，勾选“文档属性和个人信息”，点击“检查”，然后点击“全部删除”；或在文件 > 信息 > 相关人员下，右键点击该姓名 > 删除人员。LibreOffice：文件 > 属性 > 常规，点击“重置属性”，并取消勾选“应用用户数据”；勾选工具 > 选项 > LibreOffice > 安全 > 选项 > 保存时清除用户信息后，每次保存时都会自动清除。Google 文档：从Google 文档下载的Word文件（文件 > 下载）不含作者姓名。
personal-metadata_last-modified-by = 文件属性中写有最后一位保存者的姓名：“{ $value }”。{ MESSAGE($audience) }
    .help = Word：文件 > 信息 > 检查问题 > 检查文档，勾选“文档属性和个人信息”，点击“检查”，然后点击“全部删除”。LibreOffice：文件 > 属性 > 常规，点击“重置属性”，并取消勾选“应用用户数据”；勾选工具 > 选项 > LibreOffice > 安全 > 选项 > 保存时清除用户信息后，每次保存时都会自动清除。Google 文档：从Google 文档下载的Word文件（文件 > 下载）不含任何人的姓名。
personal-metadata_company = 文件属性中写有公司或组织名称：“{ $value }”。{ MESSAGE($audience) }
    .help = 如果该名称不应公开，请将其删除。Word：文件 > 信息 > 属性 > 高级属性 > 摘要，清空“单位”；或使用“检查文档”（文件 > 信息 > 检查问题）> 文档属性和个人信息 > 全部删除。LibreOffice：文件 > 属性 > 自定义属性。Google 文档：从Google 文档下载的Word文件不含公司名称。
personal-metadata_manager = 文件属性中写有经理姓名：“{ $value }”。{ MESSAGE($audience) }
    .help = 如果该姓名不应公开，请将其删除。Word：文件 > 信息 > 属性 > 高级属性 > 摘要，清空“经理”；或使用“检查文档”（文件 > 信息 > 检查问题）> 文档属性和个人信息 > 全部删除。LibreOffice：文件 > 属性 > 自定义属性。Google 文档：从Google 文档下载的Word文件不含经理姓名。
personal-metadata_template-user = 文件记录了创建它所用模板的路径，该路径显示了用户名“{ $user }”：{ $value }。{ MESSAGE($audience) }
    .help = Word：文件 > 选项 > 加载项，在“管理”中选择“模板”，点击“转到”，然后点击“选用”改用Normal.dotm模板（或清空该框）。无论使用哪种程序，将文字复制到新的空白文档中（Ctrl+A、Ctrl+C、文件 > 新建、Ctrl+V）再保存新文档，都可以去除该路径。Google 文档：从Google 文档下载的Word文件不含模板路径。
personal-metadata_template = 文件记录了创建它所用模板在计算机或网络上的路径：{ $value }。{ MESSAGE($audience) }
    .help = Word：文件 > 选项 > 加载项，在“管理”中选择“模板”，点击“转到”，然后点击“选用”改用Normal.dotm模板（或清空该框）。无论使用哪种程序，将文字复制到新的空白文档中（Ctrl+A、Ctrl+C、文件 > 新建、Ctrl+V）再保存新文档，都可以去除该路径。Google 文档：从Google 文档下载的Word文件不含模板路径。
personal-metadata_custom = 文件含有自定义属性（{ $count }项），Word不会在页面上显示这些属性：{ $value }。{ MESSAGE($audience) }
    .help = Word：文件 > 信息 > 属性 > 高级属性 > 自定义，逐一选中每项属性并点击“删除”；或使用“检查文档”（文件 > 信息 > 检查问题）> 文档属性和个人信息 > 全部删除。LibreOffice：文件 > 属性 > 自定义属性，逐一删除。Google 文档：从Google 文档下载的Word文件不含自定义属性。
personal-metadata_pdf-author = PDF属性中写有作者姓名：“{ $value }”。{ MESSAGE($audience) }
    .help = PDF中的作者姓名来自生成该PDF的原始文档：请在原始文档中清除作者姓名（在Word中：文件 > 信息 > 属性），然后重新导出PDF。在Acrobat中：文件 > 属性 > 说明，清空“作者”，然后保存；Acrobat Pro可通过工具 > 涂黑 > 删除隐藏信息清除所有此类数据。
personal-metadata_pdf-creator = PDF属性中写有生成该PDF的程序或文件名称：“{ $value }”。{ MESSAGE($audience) }
    .help = 这通常无关紧要，但可能会暴露草稿的文件名。请在重新导出PDF之前为源文件重新命名；或在Acrobat Pro中使用工具 > 涂黑 > 删除隐藏信息，勾选“元数据”，然后点击“删除”。
macros = 文件含有宏代码（{ $parts }）。宏是一种程序：邮件服务器和秘书处经常拦截含有宏的文件。
    .help = 请将文档另存为不含宏的文件。Word：文件 > 另存为 > Word 文档 (*.docx)：宏会被去除，文字保留不变。LibreOffice：文件 > 另存为 > Word 2007–365 (.docx)。Google 文档从不添加宏：从Google 文档下载的Word文件不含宏。然后检查新文件。
embedded-files = 文档中嵌入了文件：共{ $count }个（{ $names }）。这些文件会完整地随您的文件一起发送，其中的内容可能比页面上显示的更多，例如表格或图表背后的整个电子表格。{ MESSAGE($audience) }
    .help = 如果只需要页面上显示的内容，请将每个对象替换为其图片。Word：选中对象，按Ctrl+X，然后点击开始 > 粘贴 > 选择性粘贴 > 图片。LibreOffice：选中对象，按Ctrl+X，然后点击编辑 > 选择性粘贴 > 选择性粘贴，并选择一种图像格式。Google 文档：删除该对象，然后插入图片（插入 > 图片）。然后再次检查该文件。
embedded-files_pdf = PDF中附有文件：共{ $count }个（{ $names }）。这些文件会完整地随PDF一起公布。{ MESSAGE($audience) }
    .help = 在Acrobat中：打开“附件”面板（左侧的回形针图标），逐一选中每个文件，点击“删除”，然后保存。或者从原始文档重新导出PDF，这样不会附加任何文件。然后检查新文件。
# Kinds of PDF annotation, with how many there are.
annotation_text = 附注：{ $n }
annotation_freetext = 文本框：{ $n }
annotation_highlight = 高亮：{ $n }
annotation_underline = 下划线：{ $n }
annotation_strikeout = 删除线：{ $n }
annotation_squiggly = 波浪线：{ $n }
annotation_caret = 插入标记：{ $n }
annotation_ink = 手绘：{ $n }
annotation_stamp = 图章：{ $n }
annotation_square = 矩形：{ $n }
annotation_circle = 椭圆：{ $n }
annotation_line = 直线：{ $n }
annotation_polygon = 多边形：{ $n }
annotation_polyline = 折线：{ $n }
annotation_fileattachment = 附加文件：{ $n }
annotation_sound = 声音：{ $n }
annotation_redact = 涂黑标记：{ $n }
annotation_other = 其他标记：{ $n }
pdf-annotations = PDF中仍有注释和标记：共{ $count }处（{ ANNOTATIONS($kinds) }），添加者为{ LIST($authors) }。{ MESSAGE($audience) }
    .help = 在Acrobat中：打开所有工具 > 添加注释，在列表中选中所有注释（Ctrl+A）并将其删除，然后保存；Acrobat Pro也可通过工具 > 涂黑 > 删除隐藏信息将其删除。或者先处理好原始文档中的批注，再从原始文档重新导出PDF（Word：文件 > 另存为 > PDF；LibreOffice：文件 > 导出为 PDF；Google 文档：文件 > 下载 > PDF 文档 (.pdf)）。然后检查新文件。
pdf-javascript = PDF含有JavaScript或会自动运行的动作（{ $count }个）。邮件过滤器和秘书处经常拦截此类文件。
    .help = 请从原始文档重新导出PDF（Word：文件 > 另存为 > PDF；LibreOffice：文件 > 导出为 PDF；Google 文档：文件 > 下载 > PDF 文档 (.pdf)）：这些方式都不会添加JavaScript。在Acrobat Pro中：所有工具 > 使用 JavaScript > 文档 JavaScript，逐一删除每个脚本，然后保存。然后检查新文件。
personal-metadata_author-saved = 文件属性中写有作者姓名，该作者也是最后一位保存者：“{ $value }”。{ MESSAGE($audience) }
    .help = Word：文件 > 信息 > 检查问题 > 检查文档，勾选“文档属性和个人信息”，点击“检查”，然后点击“全部删除”；或在文件 > 信息 > 相关人员下，右键点击该姓名 > 删除人员。LibreOffice：文件 > 属性 > 常规，点击“重置属性”，并取消勾选“应用用户数据”；勾选工具 > 选项 > LibreOffice > 安全 > 选项 > 保存时清除用户信息后，每次保存时都会自动清除。Google 文档：从Google 文档下载的Word文件（文件 > 下载）不含任何人的姓名。

## Names of the other languages the detector may report.

language_it = 意大利文
language_ca = 加泰罗尼亚文
language_ro = 罗马尼亚文
language_de = 德文
language_nl = 荷兰文
language_ru = 俄文
language_uk = 乌克兰文
language_be = 白俄罗斯文
language_bg = 保加利亚文
language_sr = 塞尔维亚文
language_hr = 克罗地亚文
language_sl = 斯洛文尼亚文
language_mk = 马其顿文
language_sk = 斯洛伐克文
language_cs = 捷克文
language_pl = 波兰文
language_hu = 匈牙利文
language_fi = 芬兰文
language_et = 爱沙尼亚文
language_lv = 拉脱维亚文
language_lt = 立陶宛文
language_sv = 瑞典文
language_da = 丹麦文
language_nb = 挪威文
language_el = 希腊文
language_tr = 土耳其文
language_ar = 阿拉伯文
language_he = 希伯来文
language_yi = 意第绪文
language_fa = 波斯文
language_ur = 乌尔都文
language_hi = 印地文
language_bn = 孟加拉文
language_pa = 旁遮普文
language_gu = 古吉拉特文
language_or = 奥里亚文
language_ta = 泰米尔文
language_te = 泰卢固文
language_kn = 卡纳达文
language_ml = 马拉雅拉姆文
language_si = 僧伽罗文
language_mr = 马拉地文
language_ne = 尼泊尔文
language_th = 泰文
language_km = 高棉文
language_vi = 越南文
language_id = 印度尼西亚文
language_jv = 爪哇文
language_tl = 他加禄文
language_zh = 中文
language_ja = 日文
language_ko = 朝鲜文
language_am = 阿姆哈拉文
language_ak = 阿坎文
language_zu = 祖鲁文
language_sn = 绍纳文
language_af = 阿非利卡文
language_la = 拉丁文
language_eo = 世界语
language_az = 阿塞拜疆文
language_ka = 格鲁吉亚文
language_hy = 亚美尼亚文
language_uz = 乌兹别克文
language_tk = 土库曼文
language_my = 缅甸文
language_cy = 威尔士文

## The language rule, and places in a document.

language_not-accepted = 本文档主要以{ LANGUAGES($main) }撰写；本次征集接受的语言为{ LANGUAGES($accepted) }。
    .help = 请发送以任一可接受语言撰写的版本。如果无法及时完成翻译，请在截止日期前询问秘书处能否接受此语言。
language_other = 约{ $share }%的文字为{ LANGUAGES($language) }，本次征集不接受该语言。
    .help = 位置：{ PLACES($places) }。请将这些段落译成{ LANGUAGES($accepted) }；如不需要，请将其删除。
language_unsure = 检查工具无法确定本文档是用哪种语言撰写的。
    .help = 本次征集接受{ LANGUAGES($accepted) }。如果本文档是用其中一种语言撰写的，可忽略此提示。文中夹杂多种语言，或所用语言与某种可接受的语言相近，都可能导致判断结果不确定。
place_paragraph = 第{ $n }段
place_paragraphs = 第{ $n }段
place_page = 第{ $n }页
place_pages = 第{ $n }页
place_unknown = 文档中的多处

## Attachment size.

unit_megabytes = { $n }{"\u00A0"}MB
attachment-size = 此文件大小为{ MEGABYTES($size) }：许多邮件服务器会拒收超过{ MEGABYTES($limit) }的附件。
    .help = 请减小文件大小。文件过大通常是图片所致：在Word中，选中一张图片，然后点击图片格式 > 压缩图片，取消勾选“仅应用于此图片”，勾选“删除图片的剪裁区域”，并选择“电子邮件(96 ppi)”。如需生成PDF，在Word中点击文件 > 另存为，选择PDF以及“最小文件大小(联机发布)”；在LibreOffice中点击文件 > 导出为 PDF，选择“JPEG 压缩”并勾选“将图像分辨率降低至”。删除不需要的图片。如果文件仍然过大，请询问秘书处应如何发送。

## Links.

unreachable-link_file = 此链接指向计算机或共享驱动器上的文件（{ $url }），其他任何人都无法打开。
    .help = 请将该文件发布到网上并链接到其网址，或将其作为单独的附件发送，并注明其标题。在Word或LibreOffice中修改链接：右键点击链接 > 编辑超链接。
unreachable-link_local = 此链接指向本计算机或专用网络（{ $url }），秘书处和读者都无法打开。
    .help = 请将其替换为同一网页的公开网址。在Word或LibreOffice中修改链接：右键点击链接 > 编辑超链接。
unreachable-link_intranet = 此链接指向一个内部网站（{ $url }），只能在某一组织的内部网络中打开。
    .help = 请改为链接到该网页或文件的公开副本。如果没有公开副本，请注明其标题，并说明获取方式。
unreachable-link_sign-in = 此链接指向一个要求读者登录的网站（{ $url }），例如SharePoint、工作或学校版OneDrive或Teams；大多数读者将无法打开。
    .help = 请改为链接到公开副本，或将文件共享给“知道链接的任何人”，并使用该链接。然后在未登录的浏览器隐私窗口中打开该链接，确认可以正常访问。
unreachable-link_check-sharing = 此链接指向一个在线存储的文件（{ $url }）；只有在公开共享的情况下，读者才能打开。
    .help = 请确认该文件已共享给“知道链接的任何人”，然后在未登录的浏览器隐私窗口中打开该链接，确认可以正常访问。
malformed-link_invalid = 此链接不是有效的网址（{ $url }），因此无法打开。
    .help = 请从浏览器地址栏复制网址，重新粘贴到链接中：在Word或LibreOffice中，右键点击链接 > 编辑超链接。
malformed-link_no-scheme = 此链接不是以“https://”或“http://”开头（{ $url }），因此Word会将其视为文件名，链接将无法打开。
    .help = 请编辑链接，在网址开头加上https://：在Word或LibreOffice中，右键点击链接 > 编辑超链接。
malformed-link_scheme-typo = 此链接以“{ $scheme }:”开头，而不是以“http:”或“https:”开头（{ $url }），因此无法打开。
    .help = 请更正网址的开头部分：在Word或LibreOffice中，右键点击链接 > 编辑超链接。
malformed-link_email = 此电子邮件链接不含有效的地址（{ $url }）。
    .help = 请编辑链接，使其内容为mailto:加上完整的地址，例如mailto:name@example.org。
link-text-mismatch = 此链接显示的是{ $text }，但打开的是{ $url }。
    .help = 读者会以为链接打开的就是其所看到的地址。请更正链接或链接文字，使二者一致：在Word或LibreOffice中，右键点击链接 > 编辑超链接。
hyperlinks-missing_only-email = 本次征集要求提供指向资料来源（网站、文件、统计数据、法律）的超链接；而本文档只链接到电子邮件地址（{ LIST($emails) }），这些地址并不是资料来源。
    .help = 请为资料来源添加链接：选中相关文字，然后在Word中点击插入 > 链接（Ctrl+K）；在LibreOffice中点击插入 > 超链接（Ctrl+K）；在Google 文档中点击插入 > 链接；再粘贴网址。

## Deadline, and the names of time zones.

deadline_tomorrow = 截止日期是明天（{ $deadline }），截止时间为明晚午夜（{ ZONE($zone) }时间）。
    .help = 请尽快发送您的材料：电子邮件可能需要一段时间才能送达。
zone_europe-zurich = 日内瓦
zone_america-new-york = 纽约
zone_utc = UTC

## The command line's own words, and parts of a location.

place_footnote = 脚注{ $n }
place_endnote = 尾注{ $n }
place_comment = 批注{ $n }
place_header = 页眉
place_footer = 页脚
place_text-box = 文本框
place_watermark = 水印
place_document = 整个文档
place_page-action = 页面动作（/AA）
place_annotation-action = 注释动作（/AA）
place_link-javascript = 运行JavaScript的链接
place_document-javascript = 文档脚本“{ $name }”
place_open-action = 打开文档时运行的动作（/OpenAction）
place_document-action = 文档动作（/AA）
place_xfa-script = XFA 表单中的脚本
place_under = 位于标题“{ $heading }”下
place_separator = {"，"}
place_quote = “{ $quote }”
cli_words = 字数：{ $counted }
cli_words-limit = 字数：{ $counted } / { $limit }
cli_notes = 注释：{ $n }（不计入）
cli_pages = 页数：{ $n }
cli_links = 链接：{ $n }
cli_ready-with-warnings = 就本次征集的要求而言可以发送，但文件中的部分内容会随文件一起公开：请参阅下面的警告
cli_ready = 可以发送
cli_not-ready = 尚不能发送：请修正下面的错误（{ $errors }个）
cli_unknown-language = 没有“{ $lang }”语言版本，因此使用英文。可用的语言：{ LIST($available) }。
# How much a finding matters, as the command line labels it.
severity_error = 错误
severity_warning = 警告
severity_info = 提示
cli_where = 位置：{ $where }
no-text = 本文档正文中没有任何文字。
    .help = 请确认这是正确的文件，而不是模板、空白的导出文件或其他版本。如果您的文字是以图片形式存在的（扫描件，或以图像形式粘贴的页面），任何人都无法对其进行计数、搜索或朗读：请发送撰写文字时所用的文档（Word文档，或由其保存的PDF），然后检查该文件。
no-text-layer_some = 此PDF中有{ $count }页是文字的图片，其中没有文字（第{ LIST($pages) }页）：这些页面上的文字无法计数或搜索。
    .help = 请对文件进行文字识别（OCR），例如在Adobe Acrobat中：扫描和 OCR > 识别文本；更好的办法是从原始文档重新导出PDF（在Word中：文件 > 另存为 > PDF）。
no-text-layer_all = 此PDF的每一页都是文字的图片（共{ $count }页），其中没有文字：任何内容都无法计数、搜索或引用。
    .help = 请发送原始文档，或用撰写该文档的程序将其导出为PDF（在Word中：文件 > 另存为 > PDF）。如果您只有扫描件，请先对其进行文字识别（OCR），例如在Adobe Acrobat中：扫描和 OCR > 识别文本。

## Reading a call's text (call_text): why a field is absent, and notes.

call-text_not-stated = 征集通知中未说明
call-text_not-found = 未找到：
call-text_empty-line = 征集通知中的“{ $label }”一行为空
call-text_ambiguous = 征集通知给出了不同的值（{ $values }）；未选用其中任何一个
call-text_other-unit = 征集通知以其他单位而非字数规定篇幅：“{ $quote }”
call-text_unrecognised = “{ $quote }”中提到的内容在此无法识别：{ $values }
call-text_email-protected = 网页隐藏了该地址（显示为“[email protected]”）：请粘贴该网页的HTML源代码，或从其链接中复制地址
call-text_no-id = 没有可用于生成标识的信息（主题行或地址中的缩写，以及截止日期）：请自行选定一个，例如“sr-health-2025”
call-text_id-from-subject = 自动生成：“{ $acronym }”取自主题行，{ $year }取自截止日期
call-text_id-from-email = 自动生成：“{ $name }”取自地址{ $email }，{ $year }取自截止日期
call-text_id-given = 由秘书处提供
call-text_word-formats = （Word：.docx、.docm、.doc）
call-text_toml-drafted = 由submission-checker根据征集通知的文本起草。使用前请对照征集通知逐一核对每个值。
call-text_toml-missing = 征集通知中未找到（请填写该值，或省略该字段：省略的字段不检查任何规则）：

## The clean copy (the command line).
cli_clean_written = { $original }的干净副本：{ $copy }
cli_clean_nothing = 没有需要删除的内容：副本的内容与原文件相同
cli_clean_comments = 已删除的批注：{ $n }
cli_clean_insertions = 已接受的插入修订：{ $n }
cli_clean_deletions = 已接受的删除修订（其文字已删除）：{ $n }
cli_clean_moves = 已接受的移动修订：{ $n }
cli_clean_property-changes = 已接受的格式修订：{ $n }
cli_clean_hidden-runs = 已删除的隐藏文字片段：{ $n }
cli_clean_metadata-fields = 已从属性中删除的个人信息：{ $n }
cli_clean_macro-parts = 已删除的宏部件：{ $n }
cli_clean_annotations = 已删除的审阅注释（附注、高亮等）：{ $n }
cli_clean_scripts = 已删除的脚本和自动运行的动作：{ $n }
cli_clean_embedded-files = 已删除的嵌入文件：{ $n }
cli_clean_info-fields = 已从文档信息中删除的作者字段：{ $n }
cli_clean_xmp-properties = 已从XMP元数据中删除的作者字段：{ $n }
cli_clean_xmp-dropped = 无法读取的XMP元数据已整体删除
cli_clean_decrypted = 已移除（防止打印或复制的）密码保护
cli_clean_signatures = 在副本中不再有效的数字签名：{ $n }
cli_clean_exists = { $path }已存在，未作任何改动：请使用-o另选一个名称
cli_clean_is-original = { $path }是原始文件：干净副本绝不会替换原始文件；请使用-o另选一个名称
cli_clean_not-folder = { $path }不是文件夹：处理多个文件时，-o用于指定存放副本的文件夹
cli_clean_cannot-read = 无法读取{ $name }：{ $error }
cli_clean_failed = 未能生成{ $name }的干净副本：{ $error }
cli_clean_cannot-write = 无法写入{ $path }：{ $error }
cli_clean_attached = 邮件草稿已附上干净副本{ $copy }。
cli_clean_not-cleanable = 只能为Word（.docx、.docm）或PDF文件生成干净副本，而此文件为{ MESSAGE($format) }
cli_clean_refused_case-twins = 文件包中有两个{ $part }部件，名称仅大小写不同：干净副本可能会原样保留其中一个。
cli_clean_refused_cut-field = { $part }中，一处修订或隐藏文字将一个域（例如页码或交叉引用）分成两半：接受修订可能会损坏该域。
cli_clean_refused_deleted-mark = { $part }中，一处删除修订针对的不是段落（而是公式中的内容或一段文字的格式），干净副本尚不能接受这种修订。
cli_clean_refused_change-kind = { $part }中有一种干净副本尚不能接受的修订类型（{ $element }）。
clean-pdf_write = 无法生成此 PDF 的干净副本：写入失败（{ $error }）
clean-pdf_unreadable = 无法生成此 PDF 的干净副本：副本无法读取（{ $error }）
clean-pdf_still-holds = 无法生成此 PDF 的干净副本：副本中仍会包含{ MESSAGE($what) }
clean-pdf_differs = 无法生成此 PDF 的干净副本：副本将与原文件不一致（不同之处：{ MESSAGE($what) }）
clean-pdf_dynamic-xfa = 无法生成此 PDF 的干净副本：这是一个含有脚本的动态 XFA 表单，其页面由表单绘制；去掉脚本后，副本将无法显示该表单。请先将其另存为标准 PDF（打印为 PDF），再清理该文件
clean-pdf_left_annotations = 审阅注释
clean-pdf_left_scripts = 脚本
clean-pdf_left_files = 嵌入文件
clean-pdf_left_author = 作者姓名
clean-pdf_what_pages = 页面
clean-pdf_what_text = 文本
clean-pdf_what_headers-footers = 页眉和页脚
clean-pdf_what_links = 链接
clean-pdf_what_form-fields = 表单字段
clean-pdf_what_title = 标题

## Accessibility (rules/accessibility.rs and the rules that use it).
link-text-vague = 这些链接文字脱离上下文后没有意义：{ LIST($texts) }。
    .help = 位置：{ PLACES($places) }。使用屏幕阅读器的人会在链接之间跳转，只听到链接文字。请让链接文字说明它指向何处（例如“特别报告员 2024 年的报告”）：在 Word 或 LibreOffice 中，右键单击链接 >“编辑超链接”，修改“要显示的文字”；在 Google Docs 中，单击链接 >“修改链接”。
link-text-vague_url = 有些链接以很长的网址作为文字：屏幕阅读器会逐个字符读出。
    .help = 位置：{ PLACES($places) }。请改为显示简短的说明（网页或文件的标题），把网址保留为链接目标：在 Word 中，右键单击链接 >“编辑超链接”>“要显示的文字”；在 LibreOffice 中，右键单击链接 >“编辑超链接”>“文本”；在 Google Docs 中，单击链接 >“修改链接”。如果征集要求显示网址，可以忽略此提示。
headings_none = 本文件有 { $words } 个词，但没有任何标题：使用屏幕阅读器的人无法按章节浏览。
    .help = 请为每个章节标题应用标题样式，而不是加粗或放大文字：在 Word 中，选中标题，然后“开始”>“样式”>“标题 1”（小节用“标题 2”）；在 LibreOffice 中，“样式”>“标题 1”；在 Google Docs 中，“格式”>“段落样式”>“标题 1”。这样导航窗格和目录就会显示各个章节。
headings_skipped = “标题 { $from }”之后直接是“标题 { $to }”：跳过了一个标题级别，看起来像是缺了一节。
    .help = 位置：{ PLACES($places) }。请使用紧接着的下一级（“标题 1”下用“标题 2”）：在 Word 中，选中标题，然后“开始”>“样式”；在 LibreOffice 中，“样式”；在 Google Docs 中，“格式”>“段落样式”。
pdf-accessibility_untagged = 此 PDF 没有标记：屏幕阅读器无法把其中的标题、列表、表格和图片与正文区分开，也无法按顺序朗读。
    .help = 请重新导出带标记的 PDF：在 Word 中，“文件”>“另存为”> PDF >“选项”，勾选“辅助功能文档结构标记”；在 LibreOffice 中，“文件”>“导出为 PDF”>“常规”，勾选“带标签的 PDF（添加文档结构）”；“打印为 PDF”永远不会添加标记。如果只有 PDF 文件，可以用 Adobe Acrobat Pro 添加标记：“辅助工具”>“自动标记文档”。
pdf-accessibility_no-title = 此 PDF 的属性中没有标题：屏幕阅读器和浏览器标签页会改为读出文件名。
    .help = 请为文件设置标题后重新导出：在 Word 中，“文件”>“信息”>“属性”>“标题”；在 LibreOffice 中，“文件”>“属性”>“描述”>“标题”；在 Adobe Acrobat 中，“文件”>“属性”>“说明”>“标题”。
pdf-accessibility_file-name-title = 此 PDF 的标题只是一个文件名或默认标题（“{ $title }”），由生成它的程序写入：屏幕阅读器和浏览器标签页会读出它。
    .help = 请为文件设置真正的标题后重新导出：在 Word 中，“文件”>“信息”>“属性”>“标题”；在 LibreOffice 中，“文件”>“属性”>“描述”>“标题”；在 Adobe Acrobat 中，“文件”>“属性”>“说明”>“标题”。“打印为 PDF”会把文件名写成标题；Word 的“文件”>“另存为”> PDF 会写入真正的标题。
pdf-accessibility_title-not-shown = 此 PDF 有标题，但没有要求阅读器显示它：阅读器会显示文件名。
    .help = 在 Adobe Acrobat 中，“文件”>“属性”>“初始视图”>“窗口选项”>“显示：文档标题”；在 LibreOffice 中，“文件”>“导出为 PDF”>“用户界面”，勾选“显示文档标题”。Word 导出带结构标记的 PDF 时会自动设置。
image-alt-text = 有 { $count } 张图片没有替代文字：屏幕阅读器无法说出图片的内容。
    .help = 位置：{ PLACES($places) }。请用一两句话描述每张图片或图表（图表请说明其主要数字）：在 Word 中，右键单击图片 >“查看可选文字”，输入描述；纯装饰性的图片请勾选“标记为装饰性”；在 LibreOffice 中，右键单击图片 >“属性”>“选项”>“替代文字”；在 Google Docs 中，右键单击图片 >“替代文字”。在 PDF 中，使用 Adobe Acrobat Pro：“辅助工具”>“设置替代文字”。
table-header = 有 { $count } 个表格没有标记标题行：屏幕阅读器无法说出某个数字属于哪一列。
    .help = 位置：{ PLACES($places) }。请把第一行标记为标题行：在 Word 中，单击第一行，然后右键单击 >“表格属性”>“行”，勾选“在各页顶端以标题行形式重复出现”（或“布局”>“重复标题行”）；在 LibreOffice 中，“表格”>“属性”>“文字流向”，勾选“重复标题”；在 Google Docs 中，右键单击表格 >“表格属性”>“行”>“固定标题行”。然后重新导出 PDF。
document-language = 正文是{ LANGUAGES($detected) }，但文件声明的语言是{ LANGUAGES($declared) }：屏幕阅读器会读错发音。
    .help = 请设置全部文字的语言：在 Word 中，全选（Ctrl+A），然后“审阅”>“语言”>“设置校对语言”，选择{ LANGUAGES($detected) }；在 LibreOffice 中，“工具”>“语言”>“所有文本”；在 Google Docs 中，“文件”>“语言”。在 PDF 中，使用 Adobe Acrobat：“文件”>“属性”>“高级”>“阅读选项”>“语言”；或者从改好的文件重新导出。

# The sections table (--details): words per heading, to see where to cut.
cli_sections = 各部分字数（按标题）：
cli_sections_heading = 标题
cli_sections_words = 字数
cli_sections_share-of = 占比
cli_sections_number = { $n }
cli_sections_share = { $percent }%
cli_sections_before = （第一个标题之前）
cli_sections_largest = 最长

# The table for several files (check with more than one file). Rule ids,
# format ids and language codes in its cells stay as they are.
cli_table_file = 文件
cli_table_format = 格式
cli_table_words = 字数
cli_table_language = 语言
cli_table_links = 链接
cli_table_status = 状态
cli_table_problems = 问题
cli_table_ready = 可以发送
cli_table_ready-but = 可以发送，但
cli_table_to-fix = 需要修改
cli_table_unreadable = 无法读取
cli_table_not-opened = 无法打开
cli_table_warnings = 警告：{ $rules }
cli_table_folder = 文件夹：{ $folder }
cli_table_files = 共{ $files }个文件：{ $counts }
cli_table_separator = {"，"}
cli_table_count-ready = 可以发送{ $n }个
cli_table_count-ready-but = 可以发送{ $n }个（其中{ $but }个为“可以发送，但”：文件中有内容会被无意发布，见“警告”）
cli_table_count-to-fix = 需要修改{ $n }个
cli_table_count-unreadable = 无法读取{ $n }个
cli_table_count-not-opened = 无法打开{ $n }个
cli_table_details = 添加 --details 选项，可查看每个文件的检查结果及修改方法。

# The command line's errors (after "submission-checker: "). `$error` is the
# system's own words ("No such file or directory"); option names stay as typed.
cli_error_cannot-read = 无法读取{ $name }：{ $error }
cli_error_cannot-read-input = 无法读取标准输入：{ $error }
cli_error_cannot-list = 无法列出文件夹{ $name }的内容：{ $error }
cli_error_cannot-write = 无法写入{ $path }：{ $error }
cli_error_cannot-print = 无法写出结果：{ $error }
cli_error_unknown-call = “{ $call }”既不是内置的征集（{ $builtin }），也不是配置文件。
cli_error_bad-profile = { $name }不是可用的配置文件：{ $error }
cli_error_no-files = { LIST($paths) }中没有需要检查的文件
cli_error_no-files-try-recursive = { LIST($paths) }中没有需要检查的文件（添加 --recursive 可检查其中的子文件夹）
cli_error_eml-one-file = --eml 只为一个文件生成草稿，但给出了{ $n }个文件。
cli_error_today = --today：“{ $value }”不是按“年-月-日”格式书写的日期（例如 2024-05-20）。
cli_error_internal = 检查此文件时发生内部错误，请报告此问题
cli_error_not-found = 未找到：{ $field }：{ $reason }
