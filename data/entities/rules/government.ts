import { suffixRule } from "./suffix.ts";

/** 苏州高新区管委会, 投资促进局, 江苏省苏州市人民政府 (局 not in 局面, 局部); 科技创新局 is a name even though its words are generic. */
export const governmentBySuffix = suffixRule("governmentBySuffix", "government", { notFollowedBy: "面|部|势", allowGenericBody: true });
