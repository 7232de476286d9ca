/**
 * Simplified Chinese texts of the map as a place to think in: search, basemaps, reference layers, labels.
 *
 * The part of this section that only the command line writes.
 */
export const contextCommandLineZh = {
  cspHeaderOrigins: '部署配置中的内网瓦片服务地址（需列入安全策略）',
  cspHeaderBuild: '构建命令（将上述地址写入页面的安全策略）',
  cspHeaderNginx: 'nginx 响应头（写入 server 或 location 配置）',
  cspHeaderIis: 'IIS 响应头（写入 web.config 的 customHeaders）',
} as const;
