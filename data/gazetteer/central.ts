/**
 * The State Council and its departments whose names end in no office suffix the rules know (…部, 中国人民银行,
 * 国务院研究室): the constituent departments and the offices as 中国政府网 lists them (国务院组织机构,
 * https://www.gov.cn/gwyzzjg/, after the 2023 reform), with the short names the departments themselves use
 * (科技部, 工信部, 人社部, 住建部, 文旅部). Names ending in 局, 署 or 委员会 are found by their suffix.
 */
export const CENTRAL_DEPARTMENTS = [
  "国务院",
  "外交部",
  "国防部",
  "教育部",
  "科学技术部",
  "科技部",
  "工业和信息化部",
  "工信部",
  "公安部",
  "国家安全部",
  "民政部",
  "司法部",
  "财政部",
  "人力资源和社会保障部",
  "人社部",
  "自然资源部",
  "生态环境部",
  "住房和城乡建设部",
  "住建部",
  "交通运输部",
  "水利部",
  "农业农村部",
  "商务部",
  "文化和旅游部",
  "文旅部",
  "退役军人事务部",
  "应急管理部",
  "中国人民银行",
  "国务院研究室",
  "国务院参事室",
] as const;

/**
 * The central organs of the Party and the state above the State Council's departments, by the names reports use: the
 * Party's Central Committee (中国共产党章程, 第三章 党的中央组织: 中央委员会, printed 党中央 or 中共中央) and the national
 * bodies of the Constitution (中华人民共和国宪法, 第三章 国家机构: 全国人民代表大会 and its 常务委员会, 中央军事委员会) with
 * the CPPCC's national committee (全国政协), in their usual short forms.
 */
export const CENTRAL_ORGANS = ["党中央", "中共中央", "全国人大常委会", "全国人大", "全国政协", "中央军委"] as const;
