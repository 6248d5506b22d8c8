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
