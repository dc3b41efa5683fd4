/**
 * The eight democratic parties by the short names they use themselves (中国国民党革命委员会 民革, 中国民主同盟 民盟,
 * 中国民主建国会 民建, 中国民主促进会 民进, 中国农工民主党 农工党, 中国致公党 致公党, 九三学社, 台湾民主自治同盟 台盟), as
 * 中国政府网 lists them (国情 › 政党制度, https://www.gov.cn/guoqing/); full names first so they win.
 */
export const DEMOCRATIC_PARTIES = [
  "中国国民党革命委员会",
  "中国民主同盟",
  "中国民主建国会",
  "中国民主促进会",
  "中国农工民主党",
  "中国致公党",
  "台湾民主自治同盟",
  "九三学社",
  "农工党",
  "致公党",
  "民革",
  "民盟",
  "民建",
  "民进",
  "台盟",
] as const;
