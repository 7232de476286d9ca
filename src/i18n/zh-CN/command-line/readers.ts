/**
 * Simplified Chinese texts of the readers' limits: archives that expand too far, files nested
 * too deep or too large to read, searches too large to run, and output files that cannot be
 * written.
 *
 * The part of this section that only the command line writes.
 */
export const readersCommandLineZh = {
  outputUnwritable: '无法写入 {path}：{reason}。请换一个可写的位置后重试',
  outputFolderMissing: '所在文件夹不存在',
  outputNoPermission: '没有写入权限',
  outputIsFolder: '这是一个文件夹，请给出文件名',
  outputReadOnly: '所在磁盘只读',
  outputDiskFull: '磁盘空间不足',
  outputOtherError: '系统错误 {code}',
} as const;
