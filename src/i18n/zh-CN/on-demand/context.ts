/**
 * Simplified Chinese texts of the map as a place to think in: search, basemaps, reference layers, labels.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const contextOnDemandZh = {
  printLegendReference: '参考图层',
  printBasemapCredit: '底图：{attribution}',
  printBasemapCreditDated: '底图：{attribution}（数据日期：{date}）',
  printReferenceCredit: '{layer}：{source}',
  printCreditSeparator: '；',
  referenceDialogTitle: '导入参考图层',
  referenceDialogHelp:
    '支持 GeoJSON（.geojson、.json）、压缩的 Shapefile（.zip，含 .shp、.dbf、.prj）和 KML、KMZ。坐标自动转换为 WGS84/CGCS2000 经纬度。',
  referenceReading: '正在读取 {file}…',
  referenceCoordinates: '经纬度坐标系',
  referenceProjection: '坐标系',
  referenceCounts: '读取 {accepted} 个要素（点 {points}、线 {lines}、面 {polygons}），{rejected} 个未导入',
  referenceRejectedTitle: '未导入的要素',
  referenceRejectedMore: '另有 {count} 个未列出',
  referenceAdd: '添加图层',
  referenceCancel: '取消',
  overviewPlanColumns: '规划要求',
  overviewIndicatorColumns: '覆盖率指标（本工具设置，目标 {target}）',
  overviewPlanGridSummary:
    '规划要求全部达标的乡镇：现状 {current} 个，规划完成后 {planned} 个（共 {total} 个）',
  overviewIndicatorNote: '覆盖率指标的目标 {target} 为本工具的分析设置，不是规划原文，可在“分析”中调整',
  importTabReference: '参考图层',
  referenceFormats: 'GeoJSON、Shapefile 压缩包（.zip）、KML、KMZ',
  referenceStepLook: '图层名称与样式',
  referenceStepReview: '检查结果',
  referenceIntro:
    '可导入道路、河流、村点、地块、规划红线等作为参考图层。读取后显示要素数量和未导入的要素及原因；确认后一次添加，可用「撤销」整体撤回。',
  referenceProjectionPick: '请选择坐标系…',
  referenceSettings: '设置',
  referenceChooseFile: '选择文件…',
  referenceProjectionApply: '按此坐标系读取',
  referenceErrorTooLarge:
    '{file} 有 {megabytes} MB，超过参考图层 {limit} MB 的上限；请裁剪到本区范围或简化后再导入',
  referenceErrorInflatedTooLarge:
    '{file} 解压后有 {megabytes} MB，超过参考图层 {limit} MB 的上限；请裁剪到本区范围或简化后再导入',
  referenceErrorFormat:
    '{file} 不是可读取的参考图层文件；请使用 GeoJSON（.geojson、.json）、压缩的 Shapefile（.zip）或 KML、KMZ',
  referenceErrorJson: '{file} 不是有效的 GeoJSON：{reason}',
  referenceErrorNotGeojson: '{file} 中没有 GeoJSON 要素（应为 FeatureCollection、Feature 或几何对象）',
  referenceErrorZip: '{file} 无法解压：{reason}',
  referenceNotZip: '不是有效的 zip 压缩包',
  referenceErrorNoShp:
    '{file} 中没有 .shp 或 .kml 文件；Shapefile 请把同名的 .shp、.dbf、.prj（和 .cpg）一起压缩成 zip',
  referenceErrorShp: '{file}：{shape} 无法解析（{reason}）',
  referenceErrorKml: '{file} 不是有效的 KML 文件：{reason}',
  referenceErrorNoKml: '{file} 中没有 .kml 文件',
  referenceErrorTooManyVertices:
    '{file} 共有 {count} 个节点，超过参考图层 {limit} 个节点的上限；请裁剪到本区范围或简化后再导入',
  referenceErrorNoFeatures: '{file} 中没有可导入的要素（{rejected} 个要素未通过检查）',
  referenceErrorUnknownProjection: '无法识别所选坐标系“{projection}”，请重新选择',
  referenceNeedsProjection:
    '{file} 的坐标不是经纬度，文件中也没有说明坐标系（缺少 .prj 或 crs）；请选择坐标系',
  referenceErrorUnexpected: '{file} 读取失败：{reason}',
  referenceRejectedNoGeometry: '第 {number} 个要素{name}没有几何图形',
  referenceRejectedGeometryType: '第 {number} 个要素{name}的几何类型 {type} 不受支持（只支持点、线、面）',
  referenceRejectedCoordinates: '第 {number} 个要素{name}的坐标不是有效数字',
  referenceRejectedOutside: '第 {number} 个要素{name}的坐标（{lon}, {lat}）在中国范围以外，请检查坐标系',
  referenceWarningOtherLayers: '压缩包中有 {count} 个图层，只读取了 {shape}',
  referenceWarningNoDbf: '压缩包中没有属性表（.dbf），要素没有属性，不能显示名称注记',
  projectReferenceNotList: '参考图层不是列表',
  projectReferenceInvalid: '第 {number} 个参考图层“{name}”：{problem}',
  projectReferenceNoName: '缺少图层编号或名称',
  projectReferenceBadKind: '图层类别“{value}”无效（应为道路、河流、村庄、地块、规划红线或其他）',
  projectReferenceBadColour: '颜色“{value}”无效（应为 #RRGGBB 形式）',
  projectReferenceBadWidth: '线宽“{value}”无效（应为大于 0、不超过 20 的数值）',
  projectReferenceBadLabel: '标注字段应为字段名或留空',
  projectReferenceBadSettings: '显示状态、来源文件或数据来源格式不对',
  projectReferenceNoFeatures: '缺少要素集合',
  projectReferenceBadFeature:
    '第 {feature} 个要素的几何或属性无效（坐标须为经度 −180～180、纬度 −90～90，属性须为文字、数值或是否）',
  referenceNothingToAdd: '{file} 中没有可添加的要素',
  referenceNameMissing: '请填写图层名称',
  referenceDone: '已添加参考图层“{name}”：{count} 个要素，{rejected} 个未导入。如需撤回，请点「撤销」。',
  publishBasemapNone:
    '未打开底图文件，发布版不带离线底图，只有本部署 {config} 中配置的底图服务（如有）。如需离线底图，请先在地图左侧“底图”中打开 PMTiles 底图文件，再发布。',
  publishBasemapIncluded:
    '底图文件 {file}（{megabytes} MB）一并发布，存为发布文件夹中的 {target}；发布版可在“底图”中选用。',
  publishBasemapIncludedShown:
    '底图文件 {file}（{megabytes} MB）一并发布，存为发布文件夹中的 {target}；发布版打开时即显示该底图。',
  publishBasemapTooLarge:
    '底图文件 {file} 有 {megabytes} MB，超过浏览器打包上限 {limit} MB，未放入发布包；配置中仍按 {target} 引用，请将该文件改名为 {target}，手工复制到发布文件夹（与 index.html 同级）。',
} as const;
