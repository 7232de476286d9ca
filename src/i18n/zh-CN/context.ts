/** Simplified Chinese texts of the map as a place to think in: search, basemaps, reference layers, labels. */
export const contextZh = {
  placeSearchPlaceholder: '搜索乡镇、学校、村（名称、代码或拼音）',
  placeSearchLoading: '正在准备拼音索引…',
  placeSearchNoResult: '没有找到匹配的乡镇、学校或村',
  placeSearchGroupTownship: '乡镇（街道）',
  placeSearchGroupSchool: '学校',
  placeSearchGroupVillage: '村（社区）',
  placeSearchMore: '另有 {count} 项，请输入更多文字缩小范围',
  placeSearchHidden: '当前筛选未显示',
  placeSearchHiddenSummary: '有 {count} 所匹配的学校被当前筛选条件隐藏',
  placeSearchClearFilters: '清除筛选',
  placeSearchVillageNoPlace: '{township} · 位置未导入，定位到所属乡镇',
  placeSearchVillagePlaced: '{township} · 村点来自图层「{layer}」',
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
  basemapErrorTileType: '{file} 中的瓦片类型（{type}）无法显示；请使用矢量（MVT）或 PNG、JPEG、WebP 栅格瓦片',
  basemapErrorNotArchive: '{file} 不是可读取的 PMTiles 底图文件（{reason}）',
  configErrorJson: '部署配置 {file} 不是有效的 JSON（{reason}），已按默认设置运行',
  configErrorNotObject: '部署配置 {file} 应为 JSON 对象，已按默认设置运行',
  configErrorVersion: '部署配置 {file} 的版本号 version 无效（{version}），已按默认设置运行',
  configErrorNewer:
    '部署配置 {file} 为第 {version} 版，本程序只能读取第 {supported} 版；请升级本程序，现按默认设置运行',
  configUnknownKey: '部署配置 {file} 中的“{key}”不是本版本认识的设置，已忽略',
  configBasemapsNotList: '部署配置 {file} 中的 basemaps 应为列表，已忽略',
  configBasemapInvalid: '部署配置 {file} 中第 {number} 个底图不是对象，已忽略',
  configBasemapNoId: '部署配置 {file} 中第 {number} 个底图缺少 id，已忽略',
  configBasemapDuplicate: '部署配置 {file} 中第 {number} 个底图的 id“{id}”与前面的重复，已忽略',
  configBasemapNoLayers: '部署配置 {file} 中的底图“{basemap}”没有可用的图层，已忽略',
  configBasemapNoAttribution:
    '部署配置 {file} 中的底图“{basemap}”没有填写版权说明 attribution，打印图上将不注明底图来源',
  configLayerInvalid: '部署配置 {file} 中底图“{basemap}”的第 {number} 个图层不是对象，已忽略',
  configLayerNoUrl: '部署配置 {file} 中底图“{basemap}”的第 {number} 个图层缺少地址 url，已忽略',
  configLayerType:
    '部署配置 {file} 中底图“{basemap}”的第 {number} 个图层类型“{type}”无法识别（应为 xyz、wmts 或 pmtiles），已忽略',
  configLayerBadUrl:
    '部署配置 {file} 中底图“{basemap}”的第 {number} 个图层地址无效：{url}（xyz 地址应含 {z}、{x}、{y}，wmts 地址应含 {TileMatrix}、{TileRow}、{TileCol}），已忽略',
  configDefaultUnknown: '部署配置 {file} 的 defaultBasemap“{id}”不是已配置的底图，已忽略',
  configLayerUnreadable: '部署配置中底图“{basemap}”的 PMTiles 文件无法读取：{reason}',
  configFetchFailed: '部署配置 {file} 无法读取（{reason}），已按默认设置运行',
  referenceLayersLeftOut: '项目中有 {count} 个参考图层格式不对，已略去',
} as const;
