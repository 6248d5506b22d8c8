"""Draft golden/checks/verified-fails.tsv from a checks.csv: each fail with its evidence.

usage: draft_verified.py OUT_DIR > verified-fails.tsv (unmatched fails are listed on stderr)

The evidence of table fails was read on the rendered page (pdftoppm -r 80) and recomputed by
hand; text fails of rules that quote the page (placeholder, punctuation) are confirmed here
against pdftotext of the page; stated rates and shares against
golden/statements/wrong-comparisons.tsv (found with pdftotext, independently of yusuan).
"""
import csv, re, subprocess, sys, collections, os
OUT_DIR = sys.argv[1]
REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..'))
SHARED = os.path.join(REPO, '..', 'shared', 'corpus')
docs = {d['doc_id']: d for d in csv.DictReader(open(f'{OUT_DIR}/documents.csv'))}
wrong = list(csv.DictReader(open(f'{REPO}/golden/statements/wrong-comparisons.tsv'), delimiter='\t'))

_txt = {}
def page_text(path, page):
    k = (path, page)
    if k not in _txt:
        _txt[k] = subprocess.run(['pdftotext', '-f', page, '-l', page, path, '-'],
                                 capture_output=True, text=True).stdout
    return _txt[k]

def squash(s):
    return re.sub(r'\s+', '', s)

def in_page(path, page, frag):
    return squash(frag) in squash(page_text(path, page))

E=[]  # (corpus-file substring, page, rule, check regex, evidence)
def ev(f, p, rule, chk, text):
    E.append((f, p, rule, re.compile(chk), text))

# Altered: the planted errors (golden/altered/planted.tsv) and what the original prints (original-printed.tsv).
A = 'ce-shi-wen-ti-ban-ben'
ev(A, '7', 'placeholder', '', 'P01 (golden/altered/planted.tsv): the heading prints 上海市普陀区XX局 where the original prints 财政局')
ev(A, '', 'table_present', 'expenditure', 'P02: 支出决算表 removed (title, rulings, 20 rows); the original prints it on p10-11')
ev(A, '22', 'stated_figure', '', 'P03: 三公 table 预算数 0.95 blanked on p15; the text p22 still states 年初预算为0.95万元')
ev(A, '18', 'year', '', 'P04: heading 第三部分…2023年度部门决算情况说明 in a 2024 决算 (original: 2024)')
ev(A, '18', 'stated_figure', '', 'P05: text states 收入支出总计0万元; 收入支出决算总表 prints 2,995.39')
ev(A, '18', 'stated_rate', '', 'consequence of P05: 0万元 after 减少56.95万元 is -100%, the text says 下降1.87%')
ev(A, '19', 'comparison_word', '', 'P06: 行政运行 决算1511.89 < 预算1560.05 described as 决算数大于预算数')
ev(A, '20', 'comparison_word', '', 'P07: 职业年金 决算80.38 < 预算80.81 described as 决算数大于预算数')
ev(A, '21', 'comparison_word', '', 'P08: 行政单位医疗 决算60.99 < 预算62.29 described as 决算数等于预算数')
ev(A, '24', 'year', '', 'P09: 截至2023年12月31日 in a 2024 决算 (original: 2024)')
ev(A, '25', 'punctuation', '', 'P10: 财政拨款。。 (original: one 。)')
ev(A, '19', 'stated_share', '', 'O3 (golden/altered/original-printed.tsv): 2106.66 / 2940.05 = 71.65%, printed 71.73%')
P = 'GOV__good__-shang-hai-shi-pu-tuo-qu-cai-zheng-ju-2024'
ev(P, '21', 'stated_figure', '', 'O1: text p21 财政拨款收入支出总计0.3万元; 财政拨款收支总表 p13 总计 2,961.68 (2,940.05 + 21.63)')
ev(P, '21', 'stated_share', '', 'O3: 2106.66 / 2940.05 = 71.65%, printed 71.73%')

# doc_check test files of the peer (GovBudgetChecker), read with pdftotext.
D = 'doc_check__dept_budget'
ev(D, '8', 'year', '', 'p8 of a 2026 budget compares with 2026年预算 five times (比2026年预算增加 x3, 与2026年预算持平 x2; pdftotext)')
U = 'doc_check__unit_budget'
ev(U, '11', 'sum_children', '', 'p11 204 06 01 行政运行 prints 项目支出 64,840,547.00 (合计 = 基本 14,348,853.34): 20406 项目 children 64,840,547 + 64,840,547 = 129,681,094 vs printed 64,840,547')
ev(U, '14', 'sum_children', '', 'p14 same table printed again: 行政运行 项目支出 64,840,547.00; children 129,681,094 vs 64,840,547')
ev(U, '11', 'sum_columns', '', 'p11 行政运行: 14,348,853.34 + 64,840,547.00 = 79,189,400.34 vs 合计 14,348,853.34')
ev(U, '14', 'sum_columns', '', 'p14 行政运行: 14,348,853.34 + 64,840,547.00 = 79,189,400.34 vs 合计 14,348,853.34')
ev(U, '12', 'sum_top', '', 'p12 合计 基本支出 printed 22,118,861 (no fen); 类 14,348,853.34 + 2,925,857 + 982,692 + 3,861,459 = 22,118,861.34')
ev(U, '15', 'sum_top', '', 'p15 合计 基本支出 printed 22,118,861; Σ 类 = 22,118,861.34')
ev(U, '12', 'sum_columns', '', 'p12 合计 row: 22,118,861 + 64,840,547.00 = 86,959,408.00 vs 合计 86,959,408.34')
ev(U, '15', 'sum_columns', '', 'p15 合计 row: 22,118,861 + 64,840,547.00 = 86,959,408.00 vs 合计 86,959,408.34')
ev(U, '15', 'cross_table', '', '基本支出表 合计 22,118,861.34 vs 一般公共预算支出表 p15 基本支出 合计 printed 22,118,861')

# Warnings: growth from nothing / completion of a zero budget, printed (docs/checks.md).
for f in ['pu-tuo-qu-wei-she-hui-gong-zuo-bu-2024', 'tianbaoxitong__archives__1770007', 'sheng-fa-yuan-2018-nian']:
    ev(f, '', 'change_from_zero', '', 'the sentence prints an increase equal to the whole figure (上年为零), 增长100%: a rate of growth from nothing (message quotes both figures)')
ev('pu-tuo-qu-wei-she-hui-gong-zuo-bu-2024', '18', 'rate_of_zero_budget', '', '年初预算 0 in the table, the text says 完成年初预算的95.89%')
ev('pu-tuo-qu-wei-she-hui-gong-zuo-bu-2024', '18', 'change_from_zero', '', 'pdftotext p18: 与2023年度相比，一般公共预算财政拨款支出增加307.82万元，增长100.00%。主要原因：单位于2024年成立 — a rise from nothing stated as 100 % (stop 20: found once the heading no longer ran into the subject)')

# Jiangsu 公开表 files printing empty fund tables with no word why (stop 19).
for f in ['ren-da-chang-wei-hui-ban-gong-ting-2019-nian-bu-men-yu-suan-gong-kai-biao', 'sheng-wei-ban-gong-ting-2017-nian-yu-suan-gong-kai-biao-ge']:
    ev(f, '', 'empty_table_note', '', 'stop 19: 政府性基金 table prints only zeros; nothing in the table, its notes, its page or a sentence names that money (tables-only file)')
ev('jian-cha-yuan-__2017', '19', 'stated_figure', '', 'stop 19: p19 states 基本支出预算数为12323.46万元; 收支预算总表 prints 12,323.48 (the same page states 12323.48 too)')

# dept2026
C = 'chang-chun-shi-xin-fang-ju'
ev('jian-cha-yuan-__2018', '25', 'stated_share', '基本支出', 'p25 基本支出 13,994.31 / 21,955.35 = 63.74%, printed 63.75%')
ev('jian-cha-yuan-__2018', '26', 'stated_rate', '一般行政管理事务', 'docs/checks.md: p26 3,666万元 增加21.8万元: 21.8 / 3644.2 = 0.60%, printed 0.06%')
ev('jian-cha-yuan-__2019', '26', 'stated_share', '基本支出', 'wrong-comparisons.tsv (its p27): 15,844.04 / 24,169.74 = 65.55%, printed 65.56%')
ev(C, '8', 'sum_children', '', '支出总表 p8: 2014002 小计 0.00 (项目 458.00), 2014099 小计 0.00 (项目 16.56): children 小计 903.85 + 0 + 0 vs 20140 小计 1,378.41')
ev(C, '8', 'sum_columns', '', '支出总表 p8 rows 2014002/2014099 print 当年预算 小计 0.00 beside 项目支出 458.00 / 16.56 and 合计 458.00 / 16.56')
ev(C, '11', 'sum_children', '', '基本支出表 p11: 301 children 297.50+179.46+194.78+105.80+32.65+3.36+93.27+4.40+9.74 = 920.96 vs 911.21; 302 children = 221.37 vs 211.00')
ev(C, '', 'empty_table_note', '', 'stop 19: 预算表8 / 预算表10 print only zeros; nothing on the page or in the text says why')
W = 'ren-li-zi-yuan-he-she-hui-bao-zhang-ju'
ev(W, '23', 'side_total', '', '财政拨款收支总表 p22-23: 一、本年支出 152,585.74 (its 类 add to 152,585.76) vs 支出总计 152,585.76')
ev(W, '', 'sum_top', 'personnel', '基本支出表 合计 人员经费 25,530.51 vs 301 23,647.92 + 303 1,882.57 = 25,530.49')
ev('bei-jing-shi-si-fa-ju', '7', 'stated_change', '', 'docs/checks.md: 29956.27 - 28479.84 = 1476.43, the text says 增加1476.73万元')
ev('shang-hai-shi-shui-wu-ju', '6', 'punctuation', '', 'pdftotext p6: 海洋灾害预警预报、、滨海')
ev('shang-hai-shi-ying-ji-guan-li-ju', '18', 'personnel_public', '', 'stop 19: p18 prints 303 其他对个人和家庭的补助 20,000 in the 公用经费 column (人员经费 10,923,200 vs 301 + 303 10,943,200)')

# city
H = 'hang-zhou-shi-2025-nian-yu-suan'
ev(H, '185', 'sum_columns', 'row 1 ', '附表十八 合计 row: 15 district figures 70,328 … 17,845 add to 1,736,960 vs 合计 1,737,261 (row 一 adds up: 32,193)')
ev(H, '226', 'sum_columns', 'row 1 ', '附表三十二 合计 row: 14 district figures add to 3,020,554 vs 合计 3,020,439')
ev(H, '226', 'sum_columns', 'row 7 ', '附表三十二 二、城乡社区支出: 354,740 + … + 22,993 = 2,794,772 vs 合计 2,794,715 (the row below prints 上城区 354,682)')
J = 'ji-nan-shi-2022-yu-suan'
ev(J, '187', 'sum_columns', 'row 20 ', '表81 钢城区 还本: 一般 45,946 + 专项 4,500 = 50,446 vs 合计 50,650')
ev(J, '187', 'sum_columns', 'row 10 ', '表81 区县合计 还本: 一般 278,555 + 专项 287,445 = 566,000 vs 合计 566,204 (the districts\' 合计 add to 566,204; 钢城区 is 204 short)')

def wrong_row(f, page, exp, act):
    for w in wrong:
        if w['file'].endswith(f) and w['page'] == page:
            if act.lstrip('-') in w['sentence'] or act.lstrip('-') in w['stated']:
                return w
    return None

def evidence(corpus, f, x):
    page, rule, chk = x['page'], x['rule'], x['check']
    path = os.path.join(SHARED, corpus, f)
    if rule == 'placeholder' and 'templates__-fu-jian-2' in f:
        sent = x['message'].split('未替换：', 1)[-1]
        ph = re.search(r'“(.+?)”', x['check']).group(1)
        frags = [p for p in re.split(r'[，。；：、（）…]', sent) if ph in p]
        if frags and any(in_page(path, page, p[-12:]) for p in frags):
            return f'blank template (altered/): pdftotext p{page} prints “{sent[:60]}”'
        if ph in page_text(path, page).replace(' ', ''):
            return f'blank template (altered/): pdftotext p{page} prints {ph} in “{sent[:40]}”'
    if rule in ('stated_rate', 'stated_share', 'stated_change'):
        w = wrong_row(f, page, x['expected'], x['actual'])
        if w:
            return f'golden/statements/wrong-comparisons.tsv: “{w["sentence"][:70]}” — {w["recomputed"]}'
    if rule == 'punctuation' and 'ce-shi' not in f:
        m = re.search(r'“(.+)”', chk)
        if m and in_page(path, page, m.group(1) * 2 if len(m.group(1)) == 1 else m.group(1)):
            return f'pdftotext p{page} prints {m.group(1) * 2 if len(m.group(1)) == 1 else m.group(1)}'
    for (fs, p, r, c, text) in E:
        if fs in f and (p == '' or p == page) and r == rule and c.search(chk):
            return text
    return None

w = csv.writer(sys.stdout, delimiter='\t', lineterminator='\n')
w.writerow(['corpus', 'file', 'page', 'rule', 'check', 'expected', 'actual', 'count', 'verdict', 'evidence'])
rows = collections.OrderedDict()
missing = 0
for x in csv.DictReader(open(f'{OUT_DIR}/checks.csv')):
    if x['status'] != 'fail':
        continue
    fp = docs[x['doc_id']]['file']
    corpus, f = fp.split('/')[-2], fp.split('/')[-1]
    if corpus == 'gov':
        continue
    e = evidence(corpus, f, x)
    if e is None:
        missing += 1
        print('UNVERIFIED', corpus, f[-40:], x['page'], x['rule'], x['check'][:80], file=sys.stderr)
        continue
    k = (corpus, f, x['page'], x['rule'], x['check'], x['expected'], x['actual'])
    if k in rows:
        rows[k][0] += 1
    else:
        rows[k] = [1, e]
for k, (n, e) in rows.items():
    w.writerow(list(k) + [n, 'true', e])
print('unverified', missing, file=sys.stderr)
