"""Classification codes assigned by hand for the facts golden (golden/city/facts/).

From the Ministry of Finance's 政府收支分类科目 (the 2021-2025 editions agree on every entry below):
支出功能分类 类 (3 digits), 收入分类 类 and the 款 of 税收收入 and 非税收入 (5 digits), and the 款 of
国有资本经营预算支出 (223). Only names that identify one entry are here; a table row gets a code
only when its table's code_rule selects it (golden/city/README.md, "Codes") and its canonical name
is a key below. Deliberately absent because ambiguous: combined classes (公共安全及国防支出 = 203 +
204; 工业商业金融物资等事务 = 215 + 216 + 217 + 222; 其他各项支出), 其他地方税收收入 / 其他各项收入
(Jinan's own groupings), and every 项.
"""

# 支出功能分类 类
EXP_CLASS = {
    "一般公共服务支出": "201", "外交支出": "202", "国防支出": "203", "公共安全支出": "204", "教育支出": "205",
    "科学技术支出": "206", "文化旅游体育与传媒支出": "207", "社会保障和就业支出": "208", "社会保险基金支出": "209",
    "卫生健康支出": "210", "节能环保支出": "211", "城乡社区支出": "212", "农林水支出": "213", "交通运输支出": "214",
    "资源勘探工业信息等支出": "215", "商业服务业等支出": "216", "金融支出": "217", "援助其他地区支出": "219",
    "自然资源海洋气象等支出": "220", "住房保障支出": "221", "粮油物资储备支出": "222", "国有资本经营预算支出": "223",
    "灾害防治及应急管理支出": "224", "预备费": "227", "其他支出": "229", "转移性支出": "230", "债务还本支出": "231",
    "债务付息支出": "232", "债务发行费用支出": "233",
}

# names printed for a 类 that differ from the official one (only unambiguous ones)
EXP_CLASS_SYNONYMS = {
    "一般公共服务": "一般公共服务支出", "国防": "国防支出", "公共安全": "公共安全支出", "教育": "教育支出",
    "科学技术": "科学技术支出", "文化旅游体育与传媒": "文化旅游体育与传媒支出", "社会保障和就业": "社会保障和就业支出",
    "卫生健康": "卫生健康支出", "节能环保": "节能环保支出", "城乡社区事务": "城乡社区支出", "农林水事务": "农林水支出",
    "交通运输": "交通运输支出", "自然资源海洋气象等事务": "自然资源海洋气象等支出",
    # 215's name before the 2019 edition, still printed by Beijing and Jinan
    "资源勘探信息等支出": "资源勘探工业信息等支出", "资源勘探信息支出": "资源勘探工业信息等支出",
}

# 收入分类 类
REV_CLASS = {"税收收入": "101", "社会保险基金收入": "102", "非税收入": "103", "债务收入": "105", "转移性收入": "110"}

# 收入分类 款 of 税收收入 (101) and 非税收入 (103)
REV_KUAN = {
    "增值税": "10101", "消费税": "10102", "企业所得税": "10104", "个人所得税": "10106", "资源税": "10107",
    "城市维护建设税": "10109", "房产税": "10110", "印花税": "10111", "城镇土地使用税": "10112", "土地增值税": "10113",
    "车船税": "10114", "耕地占用税": "10118", "契税": "10119", "烟叶税": "10120", "环境保护税": "10121",
    "其他税收收入": "10199",
    "政府性基金收入": "10301", "专项收入": "10302", "行政事业性收费收入": "10304", "罚没收入": "10305",
    "国有资本经营收入": "10306", "国有资源（资产）有偿使用收入": "10307", "捐赠收入": "10308",
    "政府住房基金收入": "10309", "专项债务对应项目专项收入": "10310", "其他收入": "10399",
}
REV_KUAN_SYNONYMS = {"专项债券对应项目专项收入": "专项债务对应项目专项收入", "行政事业性收费": "行政事业性收费收入"}

# 款 of 223 国有资本经营预算支出
SOE_EXP_KUAN = {
    "解决历史遗留问题及改革成本支出": "22301", "国有企业资本金注入": "22302", "国有企业政策性补贴": "22303",
    "其他国有资本经营预算支出": "22399",
}


def lookup(family, level, name):
    """(code, official name) for a canonical name, or ("", name)."""
    if family == "expenditure" and level == "类":
        n = EXP_CLASS_SYNONYMS.get(name, name)
        return EXP_CLASS.get(n, ""), (n if n in EXP_CLASS else name)
    if family == "soe_expenditure":
        if level == "类" and name == "国有资本经营预算支出":
            return "223", name
        if level == "款" and name in SOE_EXP_KUAN:
            return SOE_EXP_KUAN[name], name
        return "", name
    if family == "revenue" and level == "类":
        return REV_CLASS.get(name, ""), name
    if family == "revenue" and level == "款":
        n = REV_KUAN_SYNONYMS.get(name, name)
        return REV_KUAN.get(n, ""), (n if n in REV_KUAN else name)
    return "", name
