/**
 * Simplified Chinese help texts of the command line (`npm run atlas -- <command> --help`): what a
 * command does, its options and its exit codes. The CLI writes Chinese; the English texts keep
 * the keys the same.
 *
 * The part of this section that only the command line writes.
 */
export const cliCommandLineZh = {
  cliInputOptions: `  --schools 文件      学校名录（CSV/TSV/XLSX/GeoJSON），默认 {schools}（示例数据）
  --townships 文件    乡镇界线 GeoJSON 或 Shapefile 压缩包（与导入对话框相同的检查），属性 code/name
                      或 乡镇代码/乡镇名称（可选 urban：是否城区），默认 {townships}（示意界线）
  --townships-projection 坐标系  乡镇界线未注明坐标系时使用，如 EPSG:4525
  --population 文件   人口（与导入对话框相同的规则，CSV/TSV/XLSX）：居民点（名称, 经度, 纬度, 人口[, 乡镇代码]）
                      或乡镇表（乡镇代码/乡镇名称, 人口），
                      或 PopulationData JSON；默认 {population}（示例/模型估算）
  --rules 文件        规则集 JSON，默认 {rules}
  --scenario 情景     current（现状，默认）或 planned（规划完成后）
  --year 年份         截至该年年底（如 2019）；省略则不按年份截取`,
  cliAnalyzeUsage: `用法: npm run atlas -- analyze [选项]

按乡镇检查规划规则（寄宿制小学、公办中心幼儿园、人口大镇新建幼儿园、服务半径覆盖率）与学校指标
（大班额、宽带、生机比、师机比），输出 JSON 或 CSV。未给出的输入使用内置的港南区默认数据。

选项:
{inputs}
  --coords 坐标系     输入坐标系 wgs84（默认）、gcj02 或 bd09（学校名录与人口点）
  --sheet 工作表      XLSX 名录的工作表名或序号
  --encoding 编码     文本名录的编码（如 gb18030），默认自动识别
  --format 格式       json（默认）或 csv（UTF-8 带 BOM，每行一个乡镇 × 规则）
  --out 文件          写入文件，默认输出到标准输出
  --help              显示本说明

退出码：0 分析完成（被拒绝的行列在标准错误中）；1 有输入文件完全无法读取；2 选项有误。`,
  cliExportUsage: `用法: npm run atlas -- export [选项]

用系统 Chromium（无界面）按“打印”页面的版式导出会议材料：PNG 或 PDF 图件（单页或分乡镇图集，
PDF 中的文字可选中、可检索）、PPT 演示文稿或 Word 分析报告。
默认使用应用内置的港南区数据（示例名录、示意界线）；在 127.0.0.1 上用 vite preview 提供已构建的应用。

选项:
  --paper 纸张          a4（默认）、a3 或 slide（16:9 幻灯片）
  --orientation 方向    landscape（横向，默认）或 portrait（纵向）
  --dpi 分辨率          300（默认）或 150
  --format 格式         png、pdf、pptx（演示文稿）或 docx（分析报告）；默认按 --out 的扩展名，
                        否则 png（图集为 pdf）
  --scenario 情景       current（现状，默认）或 planned（规划完成后）
  --township 乡镇       乡镇代码（如 450803100）导出该乡镇一页；all 导出图集（全区总图 + 每乡镇一页）；
                        以逗号分隔的多个代码导出全区总图 + 所列乡镇（按所列顺序）。演示文稿和
                        分析报告默认包含全区和全部乡镇
  --split               图集每页单独一个 PDF，打包为 ZIP（文件名如 港南区_桥圩镇_学校布局图.pdf）
  --title 标题          图名，默认按情景生成（如 港南区学校布局现状图）
  --subtitle 副标题     默认为情景名称
  --unit 制图单位       默认 港南区教育局
  --confidential        加印“内部资料 注意保密”
  --analysis            包含分析图层（服务半径、覆盖盲区、乡镇着色、学校标记）
  --out 文件            输出文件，默认为“标题_日期.扩展名”，写在当前目录
  --dist 目录           已构建的应用目录，默认 dist（缺少时先构建）
  --port 端口           预览服务端口，默认 4339（被占用时顺延）
  --schools 文件        学校名录（CSV/TSV/XLSX/GeoJSON，与 analyze 相同的导入规则），代替内置示例名录
  --townships 文件      乡镇界线 GeoJSON（属性 code/name 或 乡镇代码/乡镇名称），代替内置示意界线
  --population 文件     人口（与 analyze 相同：CSV 点、乡镇表或 PopulationData JSON），代替内置模型人口
  --rules 文件          规则集 JSON，代替内置 2018—2020 规则集
  --coords 坐标系       名录坐标系：wgs84（默认）、gcj02 或 bd09
  --sheet 工作表        工作簿中的工作表名称或序号
  --encoding 编码       名录文本编码（默认自动判断）
  --help                显示本说明

退出码：0 已写入；1 导出失败（原因见标准错误）；2 选项有误。`,
  cliImportUsage: `用法: npm run atlas -- import <名录文件> [选项]

读取学校名录（CSV/TSV/TXT、XLSX 或 GeoJSON 点），逐行检查，输出规范名录 CSV
（UTF-8 带 BOM、规范中文表头、WGS84 坐标保留 6 位小数）。

选项:
  --coords <坐标系>   文件坐标系：wgs84（默认，含 CGCS2000）、gcj02（高德/腾讯）、bd09（百度）
  --encoding <编码>   文字编码，如 utf-8、gb18030、utf-16le（默认自动判断）
  --sheet <工作表>    工作簿中的工作表名称或序号（从 1 起，默认第 1 个）
  --district <文件>   区界 GeoJSON：区界外的点照常接受，但给出警告和距离
  --into <名录文件>   与导入对话框一样并入已有名录，输出并入后的名录；报告中列出新增、更新、移除
                      和疑似重复（同一乡镇同名，或同类学校相距不足 100 米，而代码不同或没有代码）
  --mode <方式>       与 --into 同用：add（追加，默认）、update（按学校代码更新）或 replace（全部替换）
  --duplicates <处理> 与 --into 同用，疑似重复的学校：drop（不导入，追加时默认）、merge（并入已有学校，
                      按代码更新时默认）或 keep（作为新学校导入）
  --out <文件>        规范名录 CSV 写入此文件（默认写到标准输出）
  --report <文件>     逐行报告 JSON 写入此文件：每行的行号、状态（accepted/warned/rejected）和原因
  -h, --help          显示本说明

退出状态：文件无法读取（不存在、无法解码、没有可用表头）时为 1，参数错误为 2，
其余为 0（即使有被拒绝的行）。

示例:
  npm run atlas -- import 名录.xlsx --sheet 2 --coords gcj02 --out 名录-规范.csv --report 报告.json`,
  cliPublishUsage: `用法: npm run atlas -- publish --out 文件夹 [选项]

发布一张图：把已构建的程序和本局的数据写成一个静态网站文件夹，放到任一网站服务器（nginx、IIS）
或U盘上，所有人打开的都是同一份数据（只供查看），复制的链接也指向这份数据。
再次发布到同一文件夹时整体替换（读者不会看到一半新一半旧），原有发布版保留为“文件夹-日期”。

选项:
  --out 文件夹        发布到的文件夹（新文件夹，或以前发布过的文件夹）
  --title 标题        页面上的标题，默认“<区县名>学校布局一张图”
  --unit 单位         发布单位，默认“<区县名>教育局”
  --project 文件      项目备份文件（.json，在程序中 导出 → 保存项目备份），代替下列各项输入
{inputs}
  --coords 坐标系     输入坐标系 wgs84（默认）、gcj02 或 bd09（学校名录与人口点）
  --sheet 工作表      XLSX 名录的工作表名或序号
  --encoding 编码     文本名录的编码（如 gb18030），默认自动识别
  --basemap 文件      离线底图（PMTiles），复制到发布文件夹的 basemap.pmtiles，发布版打开即显示
  --config 文件       部署配置 atlas.config.json（内网底图服务），默认用 dist 中的（如有）；
                      发布文件夹中的 atlas.config.json 由它和 --basemap 合成
  --dist 文件夹       已构建的程序，默认 dist（缺少时先构建）
  --help              显示本说明

退出码：0 已发布；1 输入、构建或写入失败（原因见标准错误）；2 选项有误。`,
  cliSeatsUsage: `用法: npm run atlas -- seats [选项]

学位供需：按学段把学位分配给适龄儿童（就近入学：按距离由近到远，每对“居民点—学校”分配
min(该点尚无学位的儿童, 该校尚余学位)），输出各学段、各乡镇、各学校的适龄儿童、学位、已分配与无学位人数，
并可预测以后年份（儿童逐年长大，新生儿按出生变化率推算）。未给出的输入使用内置的港南区默认数据
（示例名录；人口区级总数与年龄结构取自2020年人口普查，乡镇及网格分布为模型估算）。

给出 --roads 时，学校对居民点是否“可达”按道路出行时间（规则集中各学段的分钟数）判断，而非服务半径。

选项:
{inputs}
  --forecast-year 年份 预测年份（基准年至基准年后 {forecastYears} 年），默认为基准年
  --base-year 年份    人口文件未写明年份时其数据所属的年份，默认 {baseYear}
  --birth-change 比率 出生人数年变化率，如 -0.03 或 -3%（每年减少 3%），默认 0
  --births 文件       各年出生人数（CSV/TSV/XLSX：年份, 出生人数[, 乡镇代码或乡镇名称]；乡镇为空或“全区”
                      为全区数），与学位视图“从文件导入出生人数”规则相同；所列年份按文件，其余年份按变化率
  --coords 坐标系     输入坐标系 wgs84（默认）、gcj02 或 bd09（学校名录与人口点）
  --sheet 工作表      XLSX 名录的工作表名或序号
  --encoding 编码     文本名录的编码（如 gb18030），默认自动识别
  --format 格式       json（默认）或 csv（UTF-8 带 BOM，每行一个学段 × 乡镇，另有全区行）
  --out 文件          写入文件，默认输出到标准输出
  --help              显示本说明

退出码：0 计算完成；1 有输入文件完全无法读取，或人口数据没有任何分年龄人数；2 选项有误。`,
} as const;
