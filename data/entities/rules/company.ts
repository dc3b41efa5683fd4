import { suffixRule } from "./suffix.ts";

/** 山推工程机械股份有限公司, 长城控股集团, 辰欣药业, 日照银行苏州分行; 控股 or 股份 a few words before 集团 is inside the name. */
export const companyBySuffix = suffixRule("companyBySuffix", "company", { notFollowedBy: "公司|有限|[\\u4e00-\\u9fff]{0,4}集团" });
