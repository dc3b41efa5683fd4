import { suffixRule } from "./suffix.ts";

/** 山推工程机械股份有限公司, 长城控股集团, 辰欣药业, 日照银行苏州分行. */
export const companyBySuffix = suffixRule("companyBySuffix", "company", { notFollowedBy: "公司|有限" });
