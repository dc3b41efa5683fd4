// Chinese surnames for the person rules (data, not code).
//
// Source of both lists: the surname table Chinese_Names_Corpus/Chinese_Family_Name（1k）.xlsx of the open data set
// wainshine/Chinese-Names-Corpus on GitHub (commit 47d4af8, Apache-2.0), surnames "extracted from a corpus of a
// hundred million names" with a frequency column (TF). Its entries at the floor value 5 mix real rare surnames with
// ordinary characters (是, 部, 本, 产), so only entries with TF > 5 are taken.

/**
 * Common surnames: any person rule may take a two- or three-character name starting with one. The earlier curated list
 * plus the corpus's most frequent single surnames it lacked (洪, 赖, 傅, 萧, 阎; 代 left out: 代市长 is a title).
 */
export const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝晋洪赖傅萧阎";

/**
 * Rarer surnames (every other single-character entry with TF > 5): many are also ordinary characters (强, 平, 国,
 * 海), so a name starting with one is taken only where the evidence is strong: three characters, right after a
 * title or in a byline (see looksLikePersonName).
 */
export const RARE_SURNAMES =
  "代楼丘封官谈鞠匡惠荆乐冀胥郁南班储原栗燕楚鄢扬劳谌奚皮蔺粟冼盘满闻厉伊候仝区郜海阚花权强帅屠朴盖练廉禹井巴漆祖丰支卿国狄平计索宣相占初门云容敬来扈晁都芮普阙戈浦伏薄鹿邸雍辜阿羊母亓裘修邰杭赫况那宿鲜逯印隆习茹诸战慕危玉银亢公嵇豆哈湛宾勾茅戎利於呼居干揭但尉斯元束檀衣信阴展昝智幸奉植富衡昌巢郦逄寿由竺贝步东鄂弓过钮濮水蔚郗荀贲别邴才操畅从达凡凤扶贡户滑郏矫经靖琚巨蒯旷历励伦雒茆糜宓木綦谯渠山生侍眭腾铁宛隗沃乌毋咸忻续延言尧英鱼庾招种訾宝保暴闭布藏承福果黑怀宦回汲籍蹇将可里粱冒么年泮郄青秋释双税潭天望位仵香刑轩玄郇要宇员";

/** Compound surnames. */
export const COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "司徒", "令狐"] as const;
