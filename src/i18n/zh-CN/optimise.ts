/** Simplified Chinese texts of site suggestion (选址建议) and consolidation (撤并): search, bounds, explanations. */
export const optimiseZh = {
  optimiseListJoin: '{first}、{rest}',
  optimiseCountInvalid: '建议点数应为不小于 1 的整数，实际为 {count}',
  optimiseTooManyRequiredAreas: '有 {areas} 个必选乡镇，每个至少要一个建议点，但只要 {count} 个建议点',
  optimiseTooManyForced: '必选的候选点有 {forced} 个，多于建议点个数 {count}',
  optimiseForcedAndRequiredTooMany:
    '必选的候选点 {forced} 个，另有 {areas} 个必选乡镇中没有必选的候选点，合计多于建议点个数 {count}',
  optimiseForcedExcluded: '第 {candidate} 个候选点既列为必选又被排除',
  optimiseForcedTooClose: '必选的第 {first} 个与第 {second} 个候选点相距不足最小间距 {distance} 米',
  optimiseRequiredAreaEmpty: '必选的「{area}」中没有可选的候选点',
  optimiseRequiredAreasTooClose:
    '受建议点之间最小间距所限，必选的{areas}无法都选出建议点；请减小最小间距或增加候选点',
  optimiseDistancePairsTooMany:
    '按平均距离选址需要比较约 {pairs} 对人口点与候选点，超过上限 {limit}；请加大格网间距、减少候选点或缩小选址乡镇范围',
  optimiseKindKindergarten: '幼儿园',
  optimiseKindPrimary: '小学',
  optimiseKindMiddle: '初中',
  optimiseKindHigh: '高中',
  optimiseKindSpecial: '特殊教育学校',
  optimiseCandidatesWithoutCoordinates: '{count} 个候选点没有有效坐标，已略去',
  optimiseDistrictWideNeedsRadius: '{kind}按全区服务，没有服务半径；请给出服务半径（米）后再选址',
  optimiseUnknownTownshipCode: '乡镇代码 {code} 不在乡镇界线中，已忽略',
  optimiseCandidatesExcluded:
    '共 {offered} 个候选点，按乡镇范围排除 {township} 个，距现有{kind}不足 {minDistance} 米排除 {distance} 个，指定排除 {sites} 个，余 {kept} 个参与选址',
  optimiseNoCandidates: '没有可选的候选点：请检查候选点来源、乡镇范围与最小间距',
  optimiseStateScenario: '{scenario}',
  optimiseStatePlanned: '{scenario}（规划新增{kind} {count} 所）',
  optimiseStateWithPicks: '{scenario} + 建议点 {count} 个',
  optimiseRadiusInvalid: '服务半径应为正数（米），实际为 {radius}',
  optimiseMinDistanceInvalid: '最小间距应为非负数（米），实际为 {distance}',
  optimiseTargetInvalid: '覆盖率目标应大于 0 且不大于 1（如 0.9），实际为 {target}',
  optimiseRuleUnknown: '规则集中没有乡镇规则「{rule}」',
  optimiseRuleDisabled: '规则「{rule}」（{id}）未启用',
  optimiseRulePassesEverywhere: '规则「{rule}」在各乡镇均已通过（{scenario}），没有必选乡镇',
  optimiseFailingOutsideSearch: '未通过规则「{rule}」的{townships}不在选址范围内，未列为必选乡镇',
  optimiseRequiredMoreThanCount:
    '规则「{rule}」有 {failing} 个乡镇未通过（{townships}），每个乡镇至少要一个建议点，但只要 {count} 个',
  optimiseRequiredTownships: '未通过规则「{rule}」的乡镇（{townships}）各至少安排一个建议点',
  optimiseRequiredWithoutCandidates:
    '{township}未通过规则「{rule}」，但该乡镇内没有可选的候选点（可能都离现有{kind}不足 {distance} 米）',
  optimiseCancelledKept: '已取消：保留已选出的 {count} 个建议点',
  optimiseNoGainAtAll: '没有候选点能增加{kind}{reach}内的人口（候选点附近的人口都已被覆盖，或没有人口）',
  optimiseFewerPicks: '只有 {count} 个建议点能增加{kind}{reach}内的人口，少于要求的 {asked} 个',
  optimiseTargetsMissed: '在最多 {cap} 个建议点及其他条件下，{count} 个建议点仍未使各乡镇都达到覆盖率目标',
  optimiseTargetUnreachable:
    '{township}：全部候选点都建成后覆盖率也只能达到 {share}%，有 {beyond} 人不在任何候选点或现有学校的{reach}内，目标无法达到，未计入',
  optimiseDistrict: '全区',
  optimisePickForRequiredOnly: '第 {rank} 个建议点不增加{reach}内的人口，只为满足必选乡镇（{township}）',
  optimiseFailed: '选址未能完成：{detail}',
  optimisePickName: '建议点 {rank}',
  optimiseRunnerUpName: '格网点',
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
  optimiseConsolidationTooMany:
    '撤并 {asked} 所会使有的乡镇达不到覆盖率目标：本次找到的方案在目标之内最多撤并 {most} 所',
  optimiseConsolidationUnknownCode: '学校代码 {code} 不是现有的本学段学校，已忽略',
  optimiseConsolidationProtected: '{schools}单独撤并就会使乡镇规则由通过变为未通过，未列入可撤并学校',
  optimiseConsolidationNothing: '没有可撤并的学校：请按学校类型、在校生数上限选择，或逐所指定',
  optimiseConsolidationTargetBroken: '{township}撤并后覆盖率低于应保持的水平，请核查',
  optimiseConsolidationNoneCanClose: '在覆盖率目标之内，所选学校都不能撤并',
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
  optimiseSeatsNoExact:
    '“新增入学儿童最多”不提供精确求解：学位按就近入学规则逐一分配，新增入学人数不能写成整数规划模型，请用贪心或贪心后交换改进；其质量以新建学校可填满的学位为上界',
  optimiseSeatsNoStage: '{kind}不按学位测算，不能以“新增入学儿童最多”为目标',
  optimiseSeatsBasis:
    '学位按 {year} 年{stage}适龄儿童 {children} 人测算（现无学位 {without} 人），每所新建学校按默认规模 {classes} 个班、{seats} 个学位计',
  optimiseObjectiveSeats: '新增入学儿童最多（给定新建所数）',
  optimiseSeatsSummary: '有学位的{stage}适龄儿童 {before} → {after}（+{gain}，适龄儿童共 {children} 人）',
  optimiseRunnerUpSeats: '新增入学 {children} 人',
  optimiseQualityOptimal: '已证明为最优解',
  optimiseQualityGap: '与最优解相差不超过 {gap}%',
  optimiseQuestion: '选址目标与方法',
  optimiseObjective: '目标',
  optimiseObjectiveCoverage: '新增覆盖人口最多（给定新建所数）',
  optimiseObjectiveCount: '新建最少所数使覆盖率达标',
  optimiseObjectiveDistance: '到最近学校的平均距离最短（给定新建所数）',
  optimiseTarget: '覆盖率目标（%）',
  optimiseTargetDefault: '默认 {percent}%（规则集）',
  optimiseTargetPercentInvalid: '请输入大于 0、不大于 100 的百分数',
  optimiseTargetScope: '达标范围',
  optimiseTargetEveryTownship: '每个乡镇都达到',
  optimiseTargetDistrict: '全区达到',
  optimiseMethod: '求解方法',
  optimiseMethodGreedy: '贪心（最快）',
  optimiseMethodSwap: '贪心后交换改进（推荐）',
  optimiseMethodExact: '精确求解（整数规划）',
  optimiseEstimateWorking: '正在估算精确求解所需时间…',
  optimiseEstimateOffered: '精确求解预计约 {seconds} 秒（估计值，以时限为准）',
  optimiseEstimateTooLong: '精确求解预计约 {seconds} 秒，规模过大，未提供；可缩小乡镇范围或加大格网间距',
  optimiseTimeLimit: '求解时限（秒）',
  optimiseTimeLimitInvalid: '请输入 1 到 600 之间的秒数',
  optimiseReoptimisePlanned: '规划方案中本类新建学校（{count} 所）参与重新选址，不视为已定',
  optimiseCandidatesMustInclude: '已放置的候选点（{count} 个）必须入选',
  optimiseCountCap: '最多新建所数（可不填）',
  optimiseConsolidationKeepSeats: '撤并后各乡镇无学位的适龄儿童不得增加（接收学校的空余学位计入）',
  optimiseTownshipWithoutSeat: '无学位儿童（前 → 后）',
  optimiseConsolidationSeatsNotChecked: '未核对学位：{reason}',
  optimiseConsolidationSeatsUnknown: '该学段无法按学位分配测算',
  optimiseConsolidationSeatsLine:
    '{stage}无学位的适龄儿童（{year} 年）：撤并前 {before} 人，撤并后 {after} 人；各乡镇均不增加',
  optimiseConsolidationSeatsReopened: '为保证每名学生在{reach}内有学位，{schools}保留不撤并',
  optimiseReportColumnDistanceGain: '平均距离缩短',
  optimiseReportColumnSeatsGain: '新增入学儿童',
  optimiseAcceptedNote: '选址建议第 {rank} 位（{gain}）',
  optimiseBoundLagrangian: '（界：拉格朗日松弛）',
  optimiseBoundOnline: '（界：在线界）',
  optimiseBoundSolver: '（界：求解器证明）',
  optimiseBoundFlow: '（界：新建学校可填满的学位，及全部候选点建成时最多可入学人数）',
  optimiseBoundTrivial: '（界：简单上界）',
  optimiseDistanceSummary: '人口到最近学校的平均距离 {before} → {after}（可能的最短不低于 {bound}）',
  optimiseExchanges: '交换改进 {count} 次。',
  optimiseExactRun: '精确求解用时 {seconds} 秒。',
  optimiseExcludedSites: '已排除 {count} 处。',
  optimiseExcludedClear: '恢复全部并重新选址',
  optimiseRunnerUp: '次优：{name}（{township}），改用它时{value}',
  optimiseRunnerUpCoverage: '新增覆盖 {people} 人',
  optimiseRunnerUpDistance: '平均距离 {distance}',
  optimiseNoRunnerUp: '没有可替代的位置',
  optimiseExcludePick: '排除此处并重新选址',
  optimiseTargetsTownship: '乡镇',
  optimiseTargetsToday: '现覆盖率',
  optimiseTargetsNeed: '需新增覆盖人口',
  optimiseTargetsReachable: '全部候选点可新增',
  optimiseTargetsMet: '已达标',
  optimiseTargetsUnreachable: '无法达到（{beyond} 人在所有候选点{reach}外）',
  optimiseDistrictRow: '全区',
  optimiseTabConsolidate: '撤并测算',
  optimiseConsolidationIntro:
    '在保持各乡镇覆盖率目标的前提下，测算哪些学校可以撤并、学生转往何处。测算只提出建议，撤并与否由人决定。',
  optimiseConsolidationKind: '须保持覆盖率的学段',
  optimiseConsolidationTypes: '可撤并的学校类型',
  optimiseConsolidationMaxEnrolment: '在校生数不超过',
  optimiseConsolidationNoLimit: '不限',
  optimiseConsolidationWhole: '请输入正整数',
  optimiseConsolidationByHand: '逐所指定 {count} 所',
  optimiseConsolidationAddSelected: '加入地图上选中的“{name}”',
  optimiseConsolidationSelectFirst: '先在地图上点选一所学校',
  optimiseConsolidationClearHand: '清空',
  optimiseConsolidationCount: '撤并所数',
  optimiseConsolidationMost: '尽量多撤并',
  optimiseConsolidationRunning: '正在测算…',
  optimiseConsolidationStart: '开始测算',
  optimiseConsolidationStale: '数据或情景已改动，以下方案按改动前测算；请重新测算。',
  optimiseConsolidationTitle: '撤并方案：{closable} 所可撤并学校中建议撤并 {closed} 所',
  optimiseConsolidationSummary:
    '{reach}内人口 {before} → {after}；各乡镇保持覆盖率 {target}（今天已低于目标的不再降低）',
  optimiseConsolidationProposal: '地图上的箭头由撤并学校指向接收学校。撤销（Ctrl+Z）可收回本方案。',
  optimiseClosedSchool: '撤并学校',
  optimiseClosedPupils: '转移学生',
  optimiseClosedReceiving: '接收学校',
  optimiseClosedExtra: '多走距离',
  optimiseClosedCost: '代价与次优',
  optimiseClosedBoardingNeeded: '超出步行半径，需寄宿或接送',
  optimiseClosedBoardingThere: '超出步行半径，接收学校可寄宿',
  optimiseClosedMeanExtra: '原就近人口平均多走 {distance}',
  optimiseClosedLoses: '{people} 人失去覆盖',
  optimiseClosedLosesNone: '无人失去覆盖',
  optimiseClosedInstead: '也可改撤 {name}（{people} 人失去覆盖）',
  optimiseTownshipBefore: '撤并前',
  optimiseTownshipAfter: '撤并后',
  optimiseTownshipRequired: '应保持',
  optimiseConsolidationClear: '清除方案',
  optimiseOverviewSuggestion: '{kind}选址建议 {count} 处：{quality}',
  optimiseOverviewConsolidation: '撤并方案：建议撤并 {closed} 所，{quality}',
  optimiseLegendHeading: '选址与撤并',
  optimiseLegendSuggestedSite: '建议新建校址（按序编号）',
  optimiseLegendClosedSchool: '建议撤并的学校',
  optimiseLegendMergeArrow: '撤并去向（指向接收学校）',
} as const;
