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
} as const;
