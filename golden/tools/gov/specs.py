"""Hand-written specs of the golden tables of golden/city/tables/ (read by build.py).

Per table: the pages (PDF page numbers, 1-based) and, per page, the ruled component to read
(`component`, in top-to-bottom order), the repeated header rows to drop on a continuation page
(`drop`), and how to split body bands printed without row rules (`split`: rows from the text
lines of `anchor_col`; lines closer than `merge_gap` pt are one wrapped label; `span_cols` keep a
single vertically centred text as one cell spanning the band's rows). Titles, form numbers, unit
lines and notes are copied from the page (whitespace removed) and build.py checks each against
poppler's text. `area` is the area the table covers and `area_source` where it was read (see
golden/city/README.md, "Area"). `checks` are evaluated by build.py's Checker with Decimal.
"""

V4 = [1, 2, 3, 4]  # Jinan 执行情况表: 2022年决算数, 2023年预算数, 2023年调整后预算数, 2023年执行数/金额
JN_SPLIT = {"anchor_col": 0, "merge_gap": 5.0}


def jn(p, title, form_no, checks, pages=None, header_rows=2, notes=(), kind=None, code_rule=()):
    return {"title": title, "form_no": form_no, "unit": "万元", "unit_line": "单位：万元", "kind": kind,
            "area": "全市", "area_source": "title: the city's name (济南市) without 市级/市本级 = the whole city",
            "pages": pages or [{"p": p}], "header_rows": header_rows, "split": JN_SPLIT,
            "notes": list(notes), "checks": checks, "code_rule": list(code_rule)}


JINAN_2024 = {
    "file": "city/Ke51n_homework2__ji-nan-shi-__-ji-nan-shi-2024-yu-suan.pdf",
    "tables": [
        jn(22, "2023年济南市一般公共预算收入执行情况表", "表2", [
            ("sum_rows", "税收收入 = Σ 1-14", "一、税收收入", [["range", "1.增值税", "14.其他地方税收收入"]], V4),
            ("sum_rows", "非税收入 = Σ 15-18", "二、非税收入", [["range", "15.专项收入", "18.其他各项收入"]], V4),
            ("sum_rows", "本年收入合计 = 一 + 二", "本年收入合计", ["一、税收收入", "二、非税收入"], V4),
            ("sum_rows", "债务收入", "三、债务收入", ["地方政府一般债务转贷收入"], V4),
            ("sum_rows", "转移性收入", "四、转移性收入", [["range", "返还性收入", "上年结转"]], V4),
            ("sum_rows", "收入总计", "收入总计", ["本年收入合计", "三、债务收入", "四、转移性收入"], V4),
        ]),
        jn(23, "2023年济南市一般公共预算支出执行情况表", "表3", [
            ("sum_rows", "本年支出合计 = Σ 一-十六", "本年支出合计", [["range", "一、一般公共服务", "十六、其他各项支出"]], [1, 3, 4]),
            # the 预算 column's 合计 includes the 预备费 printed as 其中 under 十六 (not in 十六's 295,656)
            ("sum_rows", "本年支出合计 = Σ 一-十六 + 预备费", "本年支出合计", [["range", "一、一般公共服务", "其中：预备费"]], [2]),
            ("sum_rows", "债务还本支出", "债务还本支出", ["地方政府一般债务还本支出"], V4),
            ("sum_rows", "转移性支出", "转移性支出", [["range", "上解上级支出", "结转下年支出等"]], V4),
            ("sum_rows", "支出总计", "支出总计", ["本年支出合计", "债务还本支出", "转移性支出"], V4),
        ], notes=["说明：教育支出较上年减少，主要是2022年支出中存在津补贴一次性补发因素拉高了上年支出基数。"]),
        jn(24, "2023年济南市政府性基金预算收入执行情况表", "表4", [
            ("sum_re", "本年收入合计 = Σ 一-八", "本年收入合计", "^[一二三四五六七八]、", V4),
            ("sum_rows", "债务转贷收入", "债务转贷收入", ["地方政府专项债务转贷收入"], V4),
            ("sum_rows", "转移性收入", "转移性收入", [["range", "上级补助收入", "上年结转收入等"]], V4),
            ("sum_rows", "收入总计", "收入总计", ["本年收入合计", "债务转贷收入", "转移性收入"], V4),
        ]),
        jn(25, "2023年济南市政府性基金预算支出执行情况表", "表5", [
            ("sum_rows", "城乡社区支出 = Σ 1-8", "三、城乡社区支出",
             [["range", "其中:1.国有土地使用权出让收入安排的支出", "8.国有土地使用权出让收入对应专项债务收入安排的支出"]], V4),
            ("sum_rows", "本年支出合计 = Σ 一-八", "本年支出合计",
             ["一、文化旅游体育与传媒支出", "二、社会保障和就业支出", "三、城乡社区支出", "四、农林水支出",
              "五、交通运输支出", "六、资源勘探信息支出", "七、金融支出", "八、其他支出"], V4),
            ("sum_rows", "债务还本支出", "债务还本支出", ["地方政府专项债务还本支出"], V4),
            ("sum_rows", "转移性支出", "转移性支出", [["range", "上解上级支出", "结转下年支出"]], V4),
            ("sum_rows", "支出总计", "支出总计", ["本年支出合计", "债务还本支出", "转移性支出"], V4),
        ]),
        jn(26, "2023年济南市国有资本经营预算收入执行情况表", "表6", [
            ("blocks", "类 = Σ 款", "^[一二三四五]、", [1, 2, 3], None, "五、其他收入"),
            ("sum_re", "本年收入合计 = Σ 一-五", "本年收入合计", "^[一二三四五]、", [1, 2, 3]),
            ("sum_rows", "收入总计", "收入总计", ["本年收入合计", "上级补助收入", "上年结转收入"], [1, 2, 3]),
        ]),
        jn(27, "2023年济南市国有资本经营预算支出执行情况表", "表7", [
            ("blocks", "类 = Σ 款", "^[一二三四]、", [1, 2, 3], None, None, "^本年支出合计"),
            ("sum_re", "本年支出合计 = Σ 一-四", "本年支出合计", "^[一二三四]、", [1, 2, 3]),
            ("sum_rows", "支出总计", "支出总计", ["本年支出合计", "调入一般公共预算", "上解上级支出", "结转下年支出"], [1, 2, 3]),
        ]),
        jn(28, "2023年济南市社会保险基金预算收入执行情况表", "表8", [
            ("blocks", "险种 = Σ 收入项", "^(?:[一二三四五六]、|社会保险基金收入合计)", V4),
            ("sum_re", "合计 = Σ 险种", "社会保险基金收入合计", "^[一二三四五六]、", V4),
        ],
           pages=[{"p": 28}, {"p": 29, "drop": 2}]),
        jn(30, "2023年济南市社会保险基金预算支出执行情况表", "表9", [
            ("blocks", "险种 = Σ 支出项", "^(?:[一二三四五六]、|社会保险基金支出合计)", V4),
            ("sum_re", "合计 = Σ 险种", "社会保险基金支出合计", "^[一二三四五六]、", V4),
        ], notes=["说明：自2023年起，失业保险基金由省级统筹。"]),
        jn(31, "2023年济南市社会保险基金预算结余情况表", "表10", [
            ("blocks", "合计 = Σ 险种", "^[一二]、", [1]),
        ], header_rows=1),
    ],
}

DOCS = [JINAN_2024]

JINAN_2022F = {
    "file": "city/Ke51n_homework2__ji-nan-shi-__-ji-nan-shi-2022-nian-jue-suan.pdf",
    "tables": [
        {"title": "2022年山东省地方政府债券分批次发行情况表", "form_no": "表87", "unit": "万元", "unit_line": "单位：万元",
         "area": "全市", "area_source": "document: the title names 山东省 (the issuer of the bonds); the batches are those issued for 济南市: 合计 675.63亿元 = the 济南市 column of 表82 (p182, 政府债券 6,756,300万元)",
         "pages": [{"p": 185}, {"p": 186, "drop": 1}], "header_rows": 1, "label_col": 1,
         "split": {"anchor_col": 2, "span_cols": [0, 1], "merge_gap": 0.0},
         "checks": [
             ("sum_rows", "合计 = 新增 + 再融资", "合计", ["新增债券小计", "再融资债券小计"], [4]),
             ("sum_rows", "新增债券小计 = Σ 批次", "新增债券小计", [["between", "新增债券小计", "再融资债券小计"]], [4]),
             ("sum_rows", "再融资债券小计 = Σ 批次", "再融资债券小计", [["range", ("再融资一般债券", 0), ("再融资一般债券", 4)]], [4]),
         ]},
    ],
}

DOCS.append(JINAN_2022F)

BJ_AREA_TITLE = "title: 市级 in the title"


def bj(title, form_no, pages, header_rows, area, area_source, checks=(), unit="万元", notes=(), **kw):
    t = {"title": title, "form_no": form_no, "unit": unit, "unit_line": "单位：" + unit, "area": area,
         "area_source": area_source, "pages": pages, "header_rows": header_rows, "notes": list(notes),
         "checks": list(checks)}
    t.update(kw)
    return t


BJ_WHOLE = "title: the city's name (北京市) without 市级/市本级 = the whole city (附表 of 全市 figures)"

BJ_REV_1 = [["range", "个人所得税", "其他税收收入"]]
BJ_REV_2 = ["专项收入", "行政事业性收费收入", "罚没收入", "国有资本经营收入", "国有资源（资产）有偿使用收入",
            "政府住房基金收入", "捐赠收入", "其他收入"]
BJ_CLASS_RE = "^[一二三四五六七八九十]+、"

BEIJING_2024F = {
    "file": "city/Ke51n_homework2__bei-jing-shi-__-bei-jing-shi-2024-nian-jue-suan.pdf",
    "tables": [
        bj("北京市２０２４年市级一般公共预算收入决算情况表", "表一", [{"p": 5}], 1, "市级", BJ_AREA_TITLE, [
            ("sum_rows", "税收收入", "一、税收收入", BJ_REV_1, [1, 2, 3]),
            ("sum_rows", "非税收入", "二、非税收入", BJ_REV_2, [1, 2, 3]),
            ("sum_rows", "收入合计", "收入合计", ["一、税收收入", "二、非税收入"], [1, 2, 3]),
        ]),
        bj("北京市２０２４年市级一般公共预算支出决算情况表", "表二", [{"p": 9}], 3, "市级", BJ_AREA_TITLE, [
            ("sum_re", "本级支出合计 = Σ 类", "本级支出合计", BJ_CLASS_RE, list(range(1, 16))),
            ("sum_rows", "对区补助支出", "对区补助支出", ["对区体制返还和一般性转移支付", "对区专项转移支付"], list(range(1, 16))),
            ("sum_rows", "市级支出合计", "市级支出合计", ["本级支出合计", "对区补助支出", "预备费"], list(range(1, 16))),
            ("sum_cols", "合计 = 市级资金小计 + 中央转移支付 (预算)", 1, [2, 5]),
            ("sum_cols", "小计 = 经费支出 + 基本建设 (预算)", 2, [3, 4]),
            ("sum_cols", "合计 = 市级资金小计 + 中央转移支付 (调整预算)", 6, [7, 10]),
            ("sum_cols", "小计 = 经费支出 + 基本建设 (调整预算)", 7, [8, 9]),
            ("sum_cols", "合计 = 市级资金小计 + 中央转移支付 (决算)", 11, [12, 15]),
            ("sum_cols", "小计 = 经费支出 + 基本建设 (决算)", 12, [13, 14]),
        ], notes=[
            "注：１．根据财政部预算管理一体化相关规定，将“市级支出”按照市本级支出、对区补助支出、预备费三类进行列示，并区分本级财力安排的经费支出和基建支出、中央转移支付安排支出。",
            "２．年初预算安排的预备费，在年度预算执行中按照具体支出事项分别列支到相应科目。",
            "３．２０２４年本级财力安排市级支出决算数为４７３９４５９０万元（其中：经费支出４２６９４５９０万元，基建支出４７０００００万元），加上为落实超长期特别国债和增发国债项目地方出资责任等，专项政策性结转下年使用１４４１４００万元（含市级预备费４９１４００万元）后，为４８８３５９９０万元，是调整预算数的１００％。",
        ]),
        bj("北京市２０２４年市本级一般公共预算支出决算情况明细表", "表二（之一）",
           [{"p": 10}] + [{"p": p, "drop": 2} for p in range(11, 39)], 2, "市本级", "title: 市本级 in the title", [
               ("tree", "类 = Σ 款, 款 = Σ 项 (by indent)", list(range(1, 13)), "一般公共服务支出", None, None, "^其中", "市本级支出合计"),
               ("sum_cols", "小计 = 经费支出 + 基本建设 + 中央转移支付 (预算)", 1, [2, 3, 4]),
               ("sum_cols", "小计 = 经费支出 + 基本建设 + 中央转移支付 (调整预算)", 5, [6, 7, 8]),
               ("sum_cols", "小计 = 经费支出 + 基本建设 + 中央转移支付 (决算)", 9, [10, 11, 12]),
           ]),
        bj("北京市２０２４年一般公共预算收入决算情况表", "附表一", [{"p": 128}], 1, "全市", BJ_WHOLE, [
            ("sum_rows", "税收收入", "一、税收收入", BJ_REV_1, [1]),
            ("sum_rows", "非税收入", "二、非税收入", BJ_REV_2, [1]),
            ("sum_rows", "收入合计", "收入合计", ["一、税收收入", "二、非税收入"], [1]),
        ]),
        bj("北京市２０２４年一般公共预算支出决算情况表", "附表二", [{"p": 129}], 1, "全市", BJ_WHOLE, [
            ("sum_re", "支出合计 = Σ 类", "支出合计", BJ_CLASS_RE, [1]),
        ]),
        bj("北京市２０２４年一般公共预算收支决算情况总表", "附表三", [{"p": 130}], 2, "全市", BJ_WHOLE, [
            ("sum_rows", "中央补助收入", "中央补助收入", ["中央返还和一般性转移支付", "中央专项转移支付"], [1]),
            ("sum_rows", "调入资金", "调入资金", ["政府性基金预算调入", "国有资本经营预算调入", "其他资金调入"], [1]),
            ("sum_rows", "总收入", "总收入", ["一般公共预算收入", "中央补助收入", "动用预算稳定调节基金", "地方政府债券收入（新增）",
                                         "地方政府债券收入（再融资）", "调入资金", "上年结余收入"], [1]),
            ("sum_rows", "总支出 = Σ 支出 items", "总收入", [["range", "一般公共预算收入", "上年结余收入"]], [3]),
        ]),
        bj("北京市２０２４年政府性基金预算收入决算情况表", "附表四", [{"p": 131}], 1, "全市", BJ_WHOLE, [
            ("blocks", "类 = Σ 款", BJ_CLASS_RE, [1], None, None, "^收入合计"),
            ("sum_re", "收入合计 = Σ 类", "收入合计", BJ_CLASS_RE, [1]),
            ("sum_rows", "总收入", "总收入", [["range", "收入合计", "地方上年专项政策性结转使用"]], [1]),
        ]),
        bj("北京市２０２４年政府性基金预算支出决算情况表", "附表五", [{"p": 132}, {"p": 133, "drop": 1}], 1, "全市", BJ_WHOLE, [
            ("blocks", "类 = Σ 款", BJ_CLASS_RE, [1], None, None, "^支出合计"),
            ("sum_re", "支出合计 = Σ 类", "支出合计", BJ_CLASS_RE, [1]),
            ("sum_rows", "总支出", "总支出", [["range", "支出合计", "地方专项政策性结转下年使用"]], [1]),
        ]),
        bj("北京市２０２４年国有资本经营预算收支决算情况表", "附表六", [{"p": 134}, {"p": 135, "drop": 2}], 2, "全市", BJ_WHOLE, [
            ("blocks", "收入类 = Σ 款", BJ_CLASS_RE, [1], None, "五、其他国有资本经营预算收入"),
            ("sum_re", "国有资本经营预算收入 = Σ 类", "国有资本经营预算收入", BJ_CLASS_RE, [1]),
            ("sum_rows", "收入总计", "收入总计", [["range", "国有资本经营预算收入", "国有资本经营预算上年结余收入"]], [1]),
            # right half (label column 2): rows by number, as laid out (一 2-7, 二 8-12, 三 13-14, 四 15-16)
            ("sum_rows", "支出 一 = Σ", 2, [["range", 3, 7]], [3]),
            ("sum_rows", "支出 二 = Σ", 8, [["range", 9, 12]], [3]),
            ("sum_rows", "支出 三 = Σ", 13, [14], [3]),
            ("sum_rows", "支出 四 = Σ", 15, [16], [3]),
            ("sum_rows", "国有资本经营预算支出 = Σ 类", 25, [2, 8, 13, 15], [3]),
            ("sum_rows", "支出总计", 28, [25, 26, 27], [3]),
        ]),
        bj("北京市２０２４年地方政府债务限额及余额决算情况表", "附表七", [{"p": 136}], 3, "by row",
           "header: the rows are areas (北京市 = 全市, 北京市本级, 北京市区合计, each 区)", [
               ("sum_cols", "A = B + C", 1, [2, 3]),
               ("sum_cols", "D = E + F", 4, [5, 6]),
               ("sum_rows", "北京市 = 本级 + 区合计", "北京市", ["北京市本级", "北京市区合计"], list(range(1, 7))),
               ("sum_rows", "区合计 = Σ 区", "北京市区合计", [["range", "东城区", "延庆区"]], list(range(1, 7))),
           ], unit="亿元", notes=[
               "注：１．本表反映上一年度本地区、本级及所属地区地方政府债务限额及余额决算数。",
               "２．本表由区级以上地方各级财政部门在本级人民代表大会常务委员会批准后二十日内公开。"]),
    ],
}

DOCS.append(BEIJING_2024F)


def hz(title, form_no, pages, header_rows, checks=(), notes=(), **kw):
    t = {"title": title, "form_no": form_no, "unit": "万元", "unit_line": "单位：万元", "area": "全市",
         "area_source": "title: the city's name (杭州市) without 本级 = the whole city (杭州市本级 and 名胜区 tables follow separately)",
         "pages": pages, "header_rows": header_rows, "notes": list(notes), "checks": list(checks)}
    t.update(kw)
    return t


HZ_NOTE_SI = "注：1.社会保险基金分险种分别建账核算，各险种当年结余如为负数，用该险种历年结余进行弥补，确保收支平衡。"
HZ_NOTE_LAND = ("注：根据国办发〔2006〕100号《关于规范国有土地使用权出让收支管理的通知》，国有土地使用权出让收支口径为包括征地和拆迁补偿费、"
                "土地前期开发费用等在内的全部土地价款（不含按规定转列一般公共预算的从地方土地出让收益计提的农田水利建设和教育资金）。")
HZ_NOTE_DIFF = "决算数与向市十四届人大四次会议报告的执行数存在差异，主要是决算过程中对2023年预估执行情况进行修正。"
HZ_C = [1, 2]

HANGZHOU_2023F = {
    "file": "city/Ke51n_homework2__hang-zhou-shi-__-hang-zhou-2023-jue-suan.pdf",
    "tables": [
        hz("2023年杭州市一般公共预算收入决算表", "附表一", [{"p": 25}, {"p": 26, "drop": 1}], 1, [
            ("sum_rows", "本级收入 = 税收 + 非税", "一、本级收入", ["（一）税收收入", "（二）非税收入"], HZ_C),
            ("sum_re", "税收收入 = Σ 1-13", "（一）税收收入", r"^\d+\.", HZ_C, "（一）税收收入", "（二）非税收入"),
            ("sum_re", "非税收入 = Σ 1-8", "（二）非税收入", r"^\d+\.", HZ_C, "（二）非税收入", "二、转移性收入"),
            ("sum_rows", "专项收入 = Σ 其中 items (a full breakdown)", "1.专项收入（注8）", [["range", "其中：教育费附加收入", "其他专项收入"]], HZ_C),
            ("sum_rows", "国有资本经营收入", "4.国有资本经营收入", [["range", "其中：国有企业计划亏损补贴（注11）", "其他国有资本经营收入"]], HZ_C),
            ("sum_re", "转移性收入 = Σ (一)-(六)", "二、转移性收入", r"^\([一二三四五六]\)", HZ_C, "二、转移性收入"),
            ("sum_rows", "中央税收返还收入", "（一）中央税收返还收入", [["range", "增值税和消费税税收返还收入", "营改增基数返还收入"]], HZ_C),
            ("sum_rows", "中央、省转移支付收入", "（二）中央、省转移支付收入", ["一般性转移支付收入", "专项转移支付收入"], HZ_C),
            ("sum_rows", "调入资金", "（五）调入资金", [["range", "其中：从政府性基金调入", "从其他资金调入"]], HZ_C),
            ("sum_rows", "收入合计", "收入合计", ["一、本级收入", "二、转移性收入"], HZ_C),
        ], notes=["注：1.增值税高于预期，主要是增值税留抵退税金额低于上年。",
                  "2.企业所得税低于预期，主要是部分工业企业、信息传输软件企业、金融企业利润下降。",
                  "3.资源税低于预期，主要是部分区、县（市）建材公司停业以及沙石类资源税下降。",
                  "4.城市维护建设税低于预期，主要是城市维护建设税计税依据按规定扣除增值税留抵退税。",
                  "5.印花税高于预期，主要是印花税法实施后，全国统一取消核定征收，印花税较预期增加。",
                  "6.耕地占用税低于预期，主要是一次性耕地占用税清算入库减少。",
                  "7.环境保护税高于预期，主要是强化了环保税征收管理。",
                  "8.专项收入低于预期，主要是教育费附加、地方教育费附加的计税依据可按规定扣除增值税留抵退税，以及土地收益减少，按规定计提的教育和农田水利建设资金减少。",
                  "9.行政事业性收费收入高于预期，主要是幼儿园保育费等教育收费按规定纳入一般公共预算。",
                  "10.罚没收入低于预期，主要是区、县（市）一次性清算入库的罚没收入减少。",
                  "11.国有企业计划亏损补贴，主要是按规定通过收入退库安排的对公交等城市公用企业的亏损补贴。",
                  "12.政府住房基金收入高于预期，主要是住房公积金增值收益增加，依据增值收益计提的公共租赁住房资金相应增加，以及公共租赁住房及配套设施租金收入增加。"]),
        hz("2023年杭州市一般公共预算支出决算表", "附表二", [{"p": 27}, {"p": 28, "drop": 1}], 1, [
            ("sum_re", "本级支出 = Σ (一)-(二十四)", "一、本级支出", r"^\([一二三四五六七八九十]+\)", HZ_C, "一、本级支出", "二、新增地方政府一般债券支出"),
            ("sum_re", "转移性支出 = Σ (一)-(五)", "三、转移性支出", r"^\([一二三四五]\)", HZ_C, "三、转移性支出"),
            ("sum_rows", "支出合计", "支出合计", ["一、本级支出", "二、新增地方政府一般债券支出", "三、转移性支出"], HZ_C),
        ], notes=["注：1.文化旅游与传媒支出低于预算，主要是积极落实节俭办赛要求。",
                  "2.农林水支出高于预算，主要是年中调增西溪湿地综合保护、西险大塘加固等项目。",
                  "3.交通运输支出低于预算，主要是中央车辆购置税补助支出较低。",
                  "4.资源勘探工业信息等支出高于预算，主要是加大产业发展投入力度。",
                  "5.金融支出低于预算，主要是金融小镇等政策支出减少。",
                  "6.自然资源海洋气象等支出低于预算，主要是部分项目改为其他资金安排。",
                  "7.粮油物资储备支出高于预算，主要是储备粮油政策性亏损补贴增加。",
                  "8.其他支出低于预算，主要是年初预留改革经费在实际执行时进一步细化分解至相应科目列支。"]),
        hz("2023年杭州市政府性基金收入决算表", "附表三", [{"p": 29}], 1, [
            ("sum_re", "全市收入 = Σ 1-9", "一、全市收入", r"^\d+\.", HZ_C, "一、全市收入", "二、转移性收入"),
            ("sum_re", "转移性收入 = Σ 1-4", "二、转移性收入", r"^\d+\.", HZ_C, "二、转移性收入"),
            ("sum_rows", "收入合计", "收入合计", ["一、全市收入", "二、转移性收入"], HZ_C),
        ], notes=[HZ_NOTE_LAND]),
        hz("2023年杭州市政府性基金支出决算表", "附表四", [{"p": 30}], 1, [
            ("sum_re", "全市支出 = Σ (一)-(八)", "一、全市支出", r"^\([一二三四五六七八]\)", HZ_C, "一、全市支出", "二、新增地方政府专项债券支出"),
            ("blocks", "类 = Σ 其中 items", r"^\([一二三四五六七八]\)", HZ_C, "一、全市支出", None, "^二、"),
            ("sum_re", "转移性支出 = Σ 1-4", "三、转移性支出", r"^\d+\.", HZ_C, "三、转移性支出"),
            ("sum_rows", "支出合计", "支出合计", ["一、全市支出", "二、新增地方政府专项债券支出", "三、转移性支出"], HZ_C),
        ], notes=[HZ_NOTE_LAND]),
        hz("2023年杭州市国有资本经营预算收入决算表", "附表五", [{"p": 31}], 1, [
            ("sum_re", "全市收入 = Σ (一)-(五)", "一、全市收入", r"^\([一二三四五]\)", HZ_C, "一、全市收入", "二、转移支付收入（上级补助收入）"),
            ("blocks", "类 = Σ 款", r"^\([一二三四五]\)", HZ_C, "一、全市收入", "（五）其他国有资本经营预算收入"),
            ("sum_rows", "收入合计", "收入合计", ["一、全市收入", "二、转移支付收入（上级补助收入）", "三、上年累计结余"], HZ_C),
        ]),
        hz("2023年杭州市国有资本经营预算支出决算表", "附表六", [{"p": 32}], 1, [
            ("sum_re", "全市支出 = Σ (一)-(四)", "一、全市支出", r"^\([一二三四]\)", HZ_C, "一、全市支出", "二、国有资本经营预算调出资金"),
            ("blocks", "类 = Σ 款", r"^\([一二三四]\)", HZ_C, "一、全市支出", "其他国有资本经营预算支出（项）"),
            ("sum_rows", "支出合计", "支出合计", ["一、全市支出", "二、国有资本经营预算调出资金", "三、累计结余"], HZ_C),
        ], notes=["注：其他国有资本经营预算支出高于预算，主要是部分区县（市）解决国有企业历史遗留问题一次性支出。"]),
        hz("2023年杭州市社会保险基金收入决算表", "附表七", [{"p": 33}, {"p": 34, "drop": 1}], 1, [
            ("blocks", "险种 = Σ 收入项", r"^\d+\.", HZ_C),
            ("sum_re", "合计 = Σ 险种", "合计", r"^\d+\.", HZ_C),
        ], notes=[HZ_NOTE_SI, "2." + HZ_NOTE_DIFF]),
        hz("2023年杭州市社会保险基金支出决算表", "附表八", [{"p": 35}], 1, [
            ("blocks", "险种 = Σ 支出项", r"^\d+\.", [1, 2, 3]),
            ("sum_re", "合计 = Σ 险种", "合计", r"^\d+\.", [1, 2, 3]),
        ], notes=[HZ_NOTE_SI,
                  "2.根据《杭州市人民政府关于印发杭州市全面做实基本医疗保险市级统筹实施方案的通知》（杭政函〔2021〕77号），杭州市职工基本医疗保险、"
                  "城乡居民基本医疗保险基金实行市本级统筹。经市十四届人大常委会第十四次会议批准，2023年市本级社会保险基金支出预算由年初的693.1亿元调整为733.0亿元，"
                  "增加39.9亿元，主要用于职工基本医疗保险基金、城乡居民基本医疗保险等增支，相应调整全市职工基本医疗保险基金支出和城乡居民基本医疗保险基金支出预算。",
                  "3." + HZ_NOTE_DIFF],
           fix={"12,0": ("3.职工基本医疗保险基金支出（含生育保险）",
                         "the label's second line 险） overflows below the row's rule, under the next row's background; it is the end of this label"),
                "13,0": ("职工基本医疗保险统筹基金", "险） above belongs to the label of the row above")}),
        hz("2023年杭州市社会保险基金收支结余决算表", "附表九", [{"p": 36}], 1, [
            ("sum_re", "合计 = Σ 险种", "合计", r"^\d+\.", [1]),
        ], notes=[HZ_NOTE_SI, "2." + HZ_NOTE_DIFF]),
    ],
}

DOCS.append(HANGZHOU_2023F)


def hf(title, form_no, p, comp, checks=(), notes=(), header_rows=1):
    return {"title": title, "form_no": form_no, "unit": "亿元", "unit_line": "（单位：亿元）", "area": "by row",
            "area_source": "stub: the rows are 预算级次 (全市, 市级, 市本级); the title's 全市 names the scope of the table",
            "pages": [{"p": p, "component": comp}], "header_rows": header_rows, "notes": list(notes), "checks": list(checks)}


HEFEI_2022 = {
    "file": "city/Ke51n_homework2__he-fei-shi-__2-he-fei-2022-yu-suan.pdf",
    "tables": [
        hf("2021年全市一般公共预算执行情况表", "表1", 2, 0, [("sum_cols", "年末结转 = 收入 - 支出 + 转移性净收入和调入资金", 6, [1, ("-", 3), 5])]),
        hf("2021年全市政府性基金预算执行情况表", "表2", 2, 1, [("sum_cols", "结余结转 = 收入 - 支出 + 转移性净收入和调出资金", 6, [1, ("-", 3), 5])]),
        hf("2021年全市国有资本经营预算执行情况表", "表3", 3, 0, [("sum_cols", "结余结转 = 收入 - 支出 + 转移性净收入和调出资金", 6, [1, ("-", 3), 5])]),
        hf("2021年全市社会保险基金预算执行情况表", "表4", 3, 1),
        hf("2022年全市一般公共预算安排汇总表", "表5", 16, 0, notes=[
            "1.一般公共预算、政府性基金预算和国有资本经营预算收入预算增幅以上年完成数为基数，支出预算增幅以上年预算数为基数。"]),
        hf("2022年全市政府性基金预算安排汇总表", "表6", 17, 0),
        hf("2022年全市国有资本经营预算安排汇总表", "表7", 17, 1),
        hf("2022年全市社会保险基金预算安排汇总表", "表8", 18, 0),
    ],
}

DOCS.append(HEFEI_2022)


NX_AREA = {"全区": "title: 全区 = the whole region", "自治区本级": "title: 自治区本级 = the region's own level",
           "各市县": "title: 各市县 = all cities and counties together (the lower levels)"}


def nx(title, form_no, p, header_rows=1, checks=(), notes=(), pages=None, **kw):
    area = kw.pop("area") if "area" in kw else next(a for a in ("自治区本级", "各市县", "全区") if a in title)
    t = {"title": title, "form_no": form_no, "unit": "万元", "unit_line": "单位：万元", "area": area,
         "area_source": kw.pop("area_source", NX_AREA.get(area)), "pages": pages or [{"p": p}], "header_rows": header_rows,
         "notes": list(notes), "checks": list(checks)}
    t.update(kw)
    return t


NX_GPB = lambda total, cols: [
    ("tree", "税收/非税 = Σ 款 (by indent)", cols, "税收收入", ("非税收入", 0, None), None, "^其中"),
    ("sum_rows", "一般公共预算收入 = 税收 + 非税", total, ["税收收入", "非税收入"], cols)]

NINGXIA_2024F = {
    "file": "gov/chenfei2008c_china-local-debt-atlas__ningxia_2024.pdf",
    "tables": [
        nx("2024年全区一般公共预算收入决算表", "表一", 3, checks=[
            ("tree", "类 = Σ 款 (by indent)", [1, 2], "税收收入", "其他收入(款)"),
            ("sum_rows", "全区一般公共预算收入 = 税收 + 非税", "全区一般公共预算收入", ["税收收入", "非税收入"], [1, 2])]),
        nx("2024年自治区本级一般公共预算收入决算表", "表二", 4, checks=[
            ("tree", "类 = Σ 款 (by indent)", [1, 2, 3], "税收收入", "其他收入(款)"),
            ("sum_rows", "本级收入 = 税收 + 非税", "自治区本级一般公共预算收入", ["税收收入", "非税收入"], [1, 2, 3]),
            ("sum_rows", "调入资金", "自治区本级财政调入资金", ["从国有资本经营预算调入", "其他调入"], [1, 2, 3])]),
        nx("2024年各市县一般公共预算收入决算表", "表三", 5, checks=[
            ("tree", "类 = Σ 款 (by indent)", [1, 2, 3], "税收收入", "其他收入(款)"),
            ("sum_rows", "市县收入 = 税收 + 非税", "市县一般公共预算收入", ["税收收入", "非税收入"], [1, 2, 3]),
            ("sum_rows", "调入资金", "市县财政财政调入资金", [["range", "从政府性基金预算调入", "其他调入"]], [1, 2, 3])]),
        nx("2024年全区国有资本经营收入决算表", "表十九", 95, checks=[
            ("tree", "类/款/项 (by indent)", [1, 2], "非税收入", "其他国有资本经营预算收入"),
            ("sum_rows", "合计 = 非税收入", "国有资本经营预算收入", ["非税收入"], [1, 2])]),
        nx("2024年自治区本级国有资本经营收入决算表", "表二十", 96, checks=[
            ("tree", "类/款/项 (by indent)", [1, 2], "非税收入", "国有独资企业清算收入"),
            ("sum_rows", "合计 = 非税收入", "国有资本经营预算收入", ["非税收入"], [1, 2])]),
        nx("2024年各市县国有资本经营收入决算表", "表二十一", 97, checks=[
            ("tree", "类/款/项 (by indent)", [1, 2], "非税收入", "其他国有资本经营预算收入"),
            ("sum_rows", "合计 = 非税收入", "国有资本经营预算收入", ["非税收入"], [1, 2])]),
        nx("2024年全区国有资本经营支出决算表", "表二十二", 98, checks=[
            ("tree", "类/款/项 (by indent)", [1, 2], ("国有资本经营预算支出", 0), "其他国有资本经营预算支出(项)"),
            ("sum_rows", "合计 = 首行", ("国有资本经营预算支出", 1), [("国有资本经营预算支出", 0)], [1, 2])]),
        nx("2024年自治区本级国有资本经营支出决算表", "表二十三", 99, checks=[
            ("tree", "类/款/项 (by indent)", [1, 2], ("国有资本经营预算支出", 0), "其他国有资本经营预算支出(项)"),
            ("sum_rows", "合计 = 首行", ("国有资本经营预算支出", 1), [("国有资本经营预算支出", 0)], [1, 2])]),
        nx("2024年各市县国有资本经营支出决算表", "表二十四", 100, checks=[
            ("tree", "类/款/项 (by indent)", [1, 2], ("国有资本经营预算支出", 0), "其他国有资本经营预算支出(项)"),
            ("sum_rows", "合计 = 首行", ("国有资本经营预算支出", 1), [("国有资本经营预算支出", 0)], [1, 2])]),
        nx("2024年自治区对市县国有资本经营预算转移支付情况表", "表二十五", 101, area="自治区本级",
           area_source="title: 自治区对市县 = paid by the region's own level (the rows are the receiving cities and counties)", checks=[
               ("sum_rows", "合计 = Σ 市县", "合计", [["range", "银川市", "彭阳县"]], [1])]),
        nx("2024年全区社会保险基金收入决算表", "表二十六", 102, checks=[
            ("sum_re", "合计 = Σ 险种", "全区社会保险基金收入合计", "基金$", [1, 2]),
            # the 合计 block's 其中 rows (rows 30-33) = Σ the same item over the funds (rows 1-28)
            ("sum_re", "保险费收入 = Σ 险种", 30, "保险费收入$|个人缴费收入$", [1, 2], 1, 28),
            ("sum_re", "财政补贴收入 = Σ 险种", 31, "财政补贴收入$", [1, 2], 1, 28),
            ("sum_re", "利息收入 = Σ 险种", 32, "利息收入$", [1, 2], 1, 28),
            ("sum_re", "委托投资收益 = Σ 险种", 33, "委托投资收益$", [1, 2], 1, 28)]),
        nx("2024年自治区本级社会保险基金收入决算表", "表二十七", 103, checks=[
            ("sum_re", "合计 = Σ 险种", "自治区本级社会保险基金收入合计", "基金$", [1, 2])]),
        nx("2024年全区社会保险基金支出决算表", "表二十八", 104, checks=[
            ("sum_re", "本年支出合计 = Σ 险种", "本年支出合计", "基金$", [1, 2])]),
        nx("2024年自治区本级社会保险基金支出决算表", "表二十九", 105, checks=[
            ("sum_re", "本年支出合计 = Σ 险种", "本年支出合计", "基金$", [1, 2])]),
        nx("2024年全区地方政府债务限额及余额决算情况表", "表三十", 106, header_rows=2, area="by row",
           area_source="stub: the rows are areas (宁夏回族自治区 = 全区, 自治区本级, 市县合计, each city and county)", checks=[
               ("sum_cols", "限额 合计 = 一般 + 专项", 1, [2, 3]),
               ("sum_cols", "余额 合计 = 一般 + 专项", 4, [5, 6]),
               ("sum_rows", "全区 = 本级 + 市县", "宁夏回族自治区", ["自治区本级", "市县合计"], list(range(1, 7))),
               ("sum_rows", "市县合计 = Σ 市县", "市县合计", [["range", "银川市", "海原县"]], list(range(1, 7)))],
           notes=["备注：其中灵武市债务数据含宁东"]),
        nx("2024年全区地方政府债务发行及还本付息情况表", "表三十一", 107, area="by column",
           area_source="header: the columns are 本地区 (= 全区) and 本级 (= 自治区本级)", checks=[
               ("blocks", "一-七 = Σ 其下各项", "^[一二三四五六七]、", [1, 2])]),
    ],
}

DOCS.append(NINGXIA_2024F)


# ---------------------------------------------------------------- facts metadata (golden/city/README.md)
# Per document: doc_kind and year (the fiscal year the report budgets or closes).
# Per table (by form number): kind (table kind), code_rule (which rows get a hand-assigned code and at
# which level, looked up by canonical name in classes.py), area_map (areas printed in the stub or the
# header -> [area, area_level]), subject_rule (tables whose subject is not the row label).
R_CLASS = [["prefix:一", "类"], ["name", "类"]]
AREA_BJ = {"北京市": ["全市", "whole"], "北京市本级": ["市本级", "own"], "北京市区合计": ["区合计", "lower_total"]}
AREA_HF = {"全市": ["全市", "whole"], "市级": ["市级", "city_level"], "市本级": ["市本级", "own"]}
AREA_NX = {"宁夏回族自治区": ["全区", "whole"], "自治区本级": ["自治区本级", "own"], "市县合计": ["市县合计", "lower_total"],
           "本地区": ["全区", "whole"], "本级": ["自治区本级", "own"]}

META = {
    "ji-nan-shi-2024-yu-suan.pdf": {"doc": {"doc_kind": "gov_budget", "year": 2024}, "tables": {
        "表2": {"kind": "gov_gpb_revenue", "code_rule": [["prefix:一", "类"], ["prefix:1", "款"], ["name", "类"]]},
        "表3": {"kind": "gov_gpb_expenditure", "code_rule": R_CLASS},
        "表4": {"kind": "gov_fund_revenue", "code_rule": [["prefix:一", "款"]]},
        "表5": {"kind": "gov_fund_expenditure", "code_rule": R_CLASS},
        "表6": {"kind": "gov_soe_revenue"},
        "表7": {"kind": "gov_soe_expenditure", "code_rule": [["prefix:一", "款"]]},
        "表8": {"kind": "gov_social_insurance_revenue"},
        "表9": {"kind": "gov_social_insurance_expenditure"},
        "表10": {"kind": "gov_social_insurance_balance"},
    }},
    "ji-nan-shi-2022-nian-jue-suan.pdf": {"doc": {"doc_kind": "gov_final", "year": 2022}, "tables": {
        "表87": {"kind": "gov_debt", "subject_rule": {"subject": "地方政府债券发行额", "part_cols": [0, 1, 2, 3],
                                                     "total_re": "^合计$"}},
    }},
    "bei-jing-shi-2024-nian-jue-suan.pdf": {"doc": {"doc_kind": "gov_final", "year": 2024}, "tables": {
        "表一": {"kind": "gov_gpb_revenue", "code_rule": [["prefix:一", "类"], ["name", "款"]]},
        "表二": {"kind": "gov_gpb_expenditure", "code_rule": [["prefix:一", "类"]]},
        "表二（之一）": {"kind": "gov_gpb_expenditure", "code_rule": [["level:0", "类"]]},
        "附表一": {"kind": "gov_gpb_revenue", "code_rule": [["prefix:一", "类"], ["name", "款"]]},
        "附表二": {"kind": "gov_gpb_expenditure", "code_rule": [["prefix:一", "类"]]},
        "附表三": {"kind": "gov_gpb_balance"},
        "附表四": {"kind": "gov_fund_revenue", "code_rule": [["prefix:一", "款"]]},
        "附表五": {"kind": "gov_fund_expenditure", "code_rule": [["prefix:一", "类"]]},
        "附表六": {"kind": "gov_soe_revenue", "segment_kinds": ["gov_soe_revenue", "gov_soe_expenditure"],
                 "code_rule": [["prefix:一", "款"]]},
        "附表七": {"kind": "gov_debt", "area_map": AREA_BJ},
    }},
    "hang-zhou-2023-jue-suan.pdf": {"doc": {"doc_kind": "gov_final", "year": 2023}, "tables": {
        "附表一": {"kind": "gov_gpb_revenue", "code_rule": [["prefix:(一)", "类"], ["prefix:一", "类"], ["prefix:1", "款"]]},
        "附表二": {"kind": "gov_gpb_expenditure", "code_rule": [["prefix:(一)", "类"], ["prefix:一", "类"]]},
        "附表三": {"kind": "gov_fund_revenue", "code_rule": [["prefix:1", "款"]]},
        "附表四": {"kind": "gov_fund_expenditure", "code_rule": [["prefix:(一)", "类"]]},
        "附表五": {"kind": "gov_soe_revenue"},
        "附表六": {"kind": "gov_soe_expenditure", "code_rule": [["prefix:(一)", "款"]]},
        "附表七": {"kind": "gov_social_insurance_revenue"},
        "附表八": {"kind": "gov_social_insurance_expenditure"},
        "附表九": {"kind": "gov_social_insurance_balance"},
    }},
    "2-he-fei-2022-yu-suan.pdf": {"doc": {"doc_kind": "gov_budget", "year": 2022}, "tables": {
        "表1": {"kind": "gov_gpb_summary", "area_map": AREA_HF},
        "表2": {"kind": "gov_fund_summary", "area_map": AREA_HF},
        "表3": {"kind": "gov_soe_summary", "area_map": AREA_HF},
        "表4": {"kind": "gov_social_insurance_summary", "area_map": AREA_HF},
        "表5": {"kind": "gov_gpb_summary", "area_map": AREA_HF},
        "表6": {"kind": "gov_fund_summary", "area_map": AREA_HF},
        "表7": {"kind": "gov_soe_summary", "area_map": AREA_HF},
        "表8": {"kind": "gov_social_insurance_summary", "area_map": AREA_HF},
    }},
    "ningxia_2024.pdf": {"doc": {"doc_kind": "gov_final", "year": 2024}, "tables": {
        "表一": {"kind": "gov_gpb_revenue", "code_rule": [["level:0", "类"], ["level:1", "款"]]},
        "表二": {"kind": "gov_gpb_revenue", "code_rule": [["level:0", "类"], ["level:1", "款"]]},
        "表三": {"kind": "gov_gpb_revenue", "code_rule": [["level:0", "类"], ["level:1", "款"]]},
        "表十九": {"kind": "gov_soe_revenue", "code_rule": [["level:0", "类"], ["level:1", "款"]]},
        "表二十": {"kind": "gov_soe_revenue", "code_rule": [["level:0", "类"], ["level:1", "款"]]},
        "表二十一": {"kind": "gov_soe_revenue", "code_rule": [["level:0", "类"], ["level:1", "款"]]},
        "表二十二": {"kind": "gov_soe_expenditure", "code_rule": [["name", "类"], ["name", "款"]]},
        "表二十三": {"kind": "gov_soe_expenditure", "code_rule": [["name", "类"], ["name", "款"]]},
        "表二十四": {"kind": "gov_soe_expenditure", "code_rule": [["name", "类"], ["name", "款"]]},
        "表二十五": {"kind": "gov_transfer", "subject_rule": {"subject": "对市县国有资本经营预算转移支付",
                                                          "part_cols": [0], "total_re": "^合计$"}},
        "表二十六": {"kind": "gov_social_insurance_revenue"},
        "表二十七": {"kind": "gov_social_insurance_revenue"},
        "表二十八": {"kind": "gov_social_insurance_expenditure"},
        "表二十九": {"kind": "gov_social_insurance_expenditure"},
        "表三十": {"kind": "gov_debt", "area_map": AREA_NX},
        "表三十一": {"kind": "gov_debt", "area_map": AREA_NX, "subject_rule": {"parent_re": "^[一二三四五六七]、"}},
    }},
}


def _merge_meta():
    for d in DOCS:
        m = next(v for k, v in META.items() if d["file"].endswith(k))
        d.update(m["doc"])
        for t in d["tables"]:
            t.update(m["tables"][t["form_no"]])


_merge_meta()
