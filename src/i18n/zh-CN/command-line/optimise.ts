/**
 * Simplified Chinese texts of site suggestion (选址建议) and consolidation (撤并): search, bounds, explanations.
 *
 * The part of this section that only the command line writes.
 */
export const optimiseCommandLineZh = {
  optimiseCliKindMissing: '缺少选项 --kind（学段）',
  optimiseCliKindUnknown: '选项 --kind 应为 {english} 或 {chinese} 之一，实际为 {value}',
  optimiseCliNotNonNegative: '选项 --{option} 应为非负数（米），实际为 {value}',
  optimiseCliNotPositive: '选项 --{option} 应为正数（米），实际为 {value}',
  optimiseCliNotWhole: '选项 --{option} 应为正整数，实际为 {value}',
  optimiseCliTimeLimitInvalid: '选项 --time-limit 应为正数（秒），实际为 {value}',
  optimiseCliTownshipUnknown: '选项 --{option} 中的“{value}”不是乡镇界线中的乡镇（可用：{known}）',
  optimiseCliNoCandidates: '{file}：没有可用的候选点',
  optimiseCliWarning: '警告 {text}',
  optimiseCliCountMissing: '缺少选项 --count（建议点个数）',
  optimiseCliCandidatesAndSpacing: '选项 --candidates 与 --spacing 只能选一个：给出候选点文件时不生成格网',
  optimiseCliTargetInvalid: '选项 --target 应大于 0 且不大于 1（如 0.9），实际为 {value}',
  optimiseCliSuggestSummary:
    '选址完成（{scenario}，{kind}）：{picks} 个建议点，{reach}内人口 {before} → {after}（+{added}，共 {population}）；候选点 {candidates} 个，增益计算 {evaluations} 次，用时 {seconds} 秒',
  optimiseCliOptimal: '；已证明为最优解',
  optimiseCliGap: '；与最优解相差不超过 {gap}%',
  optimiseCliWritten: '；已写入 {file}',
  optimiseCliSuggestUsage: `用法: npm run atlas -- suggest --kind 学段 --count 个数 [--radius 米] [选项]

选址建议：在候选点中为某一学段选出新建学校的位置，并给出答案的质量（与最优解的差距上限）、
每个建议点新增的覆盖人口、使哪些乡镇规则由未通过变为通过、可替代它的次优位置，以及与现状、
规划完成后的对比。未给出的输入使用内置的港南区默认数据（示例数据、模型人口，仅供演示）。输出 JSON。

选项:
  --kind 学段         kindergarten|primary|middle|high|special，或 幼儿园|小学|初中|高中|特殊教育（必填）
  --objective 目标    coverage（默认：k 个新校使服务半径内新增人口最多）、
                      count（最少新建几所能使各乡镇覆盖率达到目标）、
                      distance（k 个新校使人口到最近学校的平均距离最短）、
                      seats（k 个新校使按就近入学规则新增有学位的适龄儿童最多；每所新校按
                      规则集的默认新建规模计学位；不提供 exact）
  --count 个数        建议点个数，正整数（coverage、distance 必填；count 时为上限）
  --target 比例       count 的覆盖率目标，如 0.9；省略则用规则集中该学段覆盖率规则的阈值
  --target-scope 范围 township（默认，每个乡镇都达到）或 district（全区达到）
  --method 方法       greedy（贪心）、swap（默认，贪心后逐一交换改进）或 exact（整数规划精确求解）
  --evaluation 方式   贪心的计算方式：lazy（默认，惰性求值）或 plain（每轮重算全部候选点），结果相同
  --time-limit 秒     exact 的求解时限，默认 10 秒；到时给出已找到的最好解及其差距
  --radius 米         服务半径，现有学校与建议点统一使用；省略则按各乡镇城区/乡村半径
                      （高中、特殊教育按全区服务，必须给出）
  --candidates 文件   候选点 CSV/TSV/XLSX/GeoJSON（列：名称/地块名称/name, 经度/lon/lng/X, 纬度/lat/Y）；
                      省略则在乡镇界线内按 --spacing 生成格网候选点
  --must-include 文件 必须入选的地点（格式同 --candidates），计入建议点个数
  --spacing 米        格网候选点间距，默认 {spacing}
  --min-distance 米   候选点离现有同学段学校、建议点之间的最小距离，默认 0（不限）
  --include 乡镇      只在这些乡镇选址（乡镇代码或名称，逗号分隔）
  --exclude 乡镇      不在这些乡镇选址（乡镇代码或名称，逗号分隔）
  --require-rule 规则 该乡镇规则（如 coverage-primary、boarding-primary）未通过的乡镇各至少一个建议点
  --planned 方式      规划新建学校：fixed（默认，按情景视为已建或未建）或 reoptimise（以现状为基础，
                      规划新建学校的位置作为候选点重新选址）
{inputs}
  --coords 坐标系     输入坐标系 wgs84（默认）、gcj02 或 bd09（学校名录、人口点与候选点）
  --sheet 工作表      XLSX 名录的工作表名或序号
  --encoding 编码     文本名录的编码（如 gb18030），默认自动识别
  --out 文件          写入文件，默认输出到标准输出
  --help              显示本说明

输出中 objectiveValue 为目标值（coverage：新增覆盖人口；count：新建学校数；distance：平均距离，米），
bound 为最优值的界，gap 为二者的相对差距，optimal 仅在 exact 证明最优时为 true。
退出码：0 选址完成；1 有输入文件完全无法读取；2 选项有误或要求无法满足（如必选乡镇多于建议点个数）。`,
  optimiseCliTypeUnknown: '选项 --type 中的“{value}”不是学校类型（可用：{known}）',
  optimiseCliEnrolmentInvalid: '选项 --max-enrolment 应为非负整数（人），实际为 {value}',
  optimiseCliClosableMissing: '请用 --type、--max-enrolment 或 --codes 指定可撤并的学校',
  optimiseCliConsolidateSummary:
    '撤并测算完成（{scenario}，{kind}）：可撤并 {closable} 所，建议撤并 {closed} 所，{reach}内人口 {before} → {after}',
  optimiseCliConsolidateUsage: `用法: npm run atlas -- consolidate --type 学校类型 [--max-enrolment 人数] [选项]

撤并测算：在可撤并的学校（按学校类型、在校生数上限或逐所指定）中，找出在各乡镇保持覆盖率目标
（或今天已低于目标时不再降低）的前提下能撤并的学校：尽量多撤并，或撤并指定所数并使失去覆盖的
人口最少。给出每所撤并学校的接收学校、转移学生数、学生多走的距离、是否超出步行半径需要寄宿，
以及各乡镇撤并前后的覆盖率和方案的质量（与最优解的差距上限）。单独撤并就会使其他乡镇规则
（如每个乡镇至少1所寄宿制小学）不再通过的学校不列入（逐所指定的除外）。测算只提出建议，
撤并与否由人决定。未给出的输入使用内置的港南区默认数据（示例数据、模型人口，仅供演示）。输出 JSON。

选项:
  --type 类型         可撤并的学校类型，如 教学点（逗号分隔可写多个）
  --max-enrolment 人  在校生数不超过该数的学校可撤并（在校生数未填的不算）
  --codes 代码        逐所指定可撤并的学校代码（逗号分隔）
  --kind 学段         须保持覆盖率的学段，默认为第一个类型所属学段（教学点 → 小学）
  --close 所数        撤并的所数；省略则尽量多撤并
  --target 比例       各乡镇须保持的覆盖率，如 0.9；省略则用规则集中该学段覆盖率规则的阈值
  --radius 米         服务半径，所有人口点统一使用；省略则按各乡镇城区/乡村半径
  --method 方法       greedy、swap（默认）或 exact
  --seats 方式        keep（默认：撤并后各乡镇无学位的适龄儿童不得增加，接收学校的空余学位计入）
                      或 ignore（只看覆盖率目标）
  --time-limit 秒     exact 的求解时限，默认 10 秒
{inputs}
  --coords 坐标系     输入坐标系 wgs84（默认）、gcj02 或 bd09
  --sheet 工作表      XLSX 名录的工作表名或序号
  --encoding 编码     文本名录的编码（如 gb18030），默认自动识别
  --out 文件          写入文件，默认输出到标准输出
  --help              显示本说明

输出 closed[] 为建议撤并的学校（代码、名称、接收学校代码、转移学生数、多走的米数），townships[] 为各乡镇
撤并前后的覆盖率；objectiveValue、bound、gap、optimal 与 suggest 相同（尽量多撤并时目标值为撤并所数，
指定所数时为失去覆盖的人口）。退出码：0 完成；1 有输入文件完全无法读取；2 选项有误或要求无法满足。`,
} as const;
