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


def jn(p, title, form_no, checks, pages=None, header_rows=2, notes=()):
    return {"title": title, "form_no": form_no, "unit": "万元", "unit_line": "单位：万元",
            "area": "全市", "area_source": "title: the city's name (济南市) without 市级/市本级 = the whole city",
            "pages": pages or [{"p": p}], "header_rows": header_rows, "split": JN_SPLIT,
            "notes": list(notes), "checks": checks}


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
