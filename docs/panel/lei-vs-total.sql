-- Its 类 sums against the totals the same table column prints: per table column, the sum of
-- the 类 of 本年支出 (every 类 but 230 转移性支出 and 231 债务还本支出: 232 债务付息 and 233
-- 债务发行费用 are spending of the year) and the sum of all its 类, and whether either equals
-- a total line the column prints (line_role `total`, or a line named as one: 合计, 本年支出合计,
-- 支出总计, 全区一般公共预算支出, 全市支出, 市本级支出 …)
-- within half a unit of the table's unit per figure summed. `uncoded` adds the rows printed
-- with the 类 numbering (一、 … 十六、) that no 类 names (济南's 工业商业金融物资等事务 and
-- 其他各项支出 merge several 类): the part of a column the panel cannot code; a 类 printed as
-- its 其中 line (其中：预备费 227 under 其他各项支出) is then inside `uncoded` and counted once,
-- or, where the page's arithmetic puts it beside the numbered rows (济南 2023's 年初/调整后预算:
-- 一 … 十六 sum to 本年支出合计 less 预备费 160,000万元), counted as its own 类. A numbered line that
-- is a total (云浮 2026 一、一般公共预算支出 above its （一）…（二十四）) is no uncoded 类. A
-- numbered total (一、一般公共预算支出) holds no 预备费 printed as a numbered line of its own beside
-- it (广东 2025 附件3 表12 and 云浮 2026: 二、/三、预备费): such a total is compared with the 类
-- sum less that 预备费 (`apart`). A line is at the 类 place by how it is printed, not by the
-- length of a code: besides the 、-numbered rows, in a column that lists 类 only (no 款 or 项)
-- and prints them all alike (no prefix: 银川, 宁夏; `1.` `2.`: 石家庄, 江苏 2018), an uncoded
-- subject or aggregate line printed alike is one of its top-level lines and counts in
-- `uncoded` (银川's 国内债务付息支出, the pre-2019 类 names no document prints with a code:
-- 文化体育与传媒支出, 国土海洋气象等支出 …, 江苏 2018's 16.其他各项支出). The panel has no line
-- depth column; the prefix is what it shows of the place.
WITH lei AS (
  SELECT doc_id, table_id, header_path, entity, year, area, measure,
         SUM(CASE WHEN code NOT IN ('230', '231') THEN CAST(amount_yuan AS REAL) ELSE 0 END) AS own_sum,
         SUM(CAST(amount_yuan AS REAL)) AS all_sum, COUNT(*) AS n
  FROM panel
  WHERE table_kind = 'gov_gpb_expenditure' AND classification = 'function' AND code_level = '类'
  GROUP BY doc_id, table_id, header_path),
unc AS (
  SELECT doc_id, table_id, header_path, SUM(CAST(amount_yuan AS REAL)) AS s
  FROM items
  WHERE code = '' AND prefix NOT LIKE '其中%' AND line_role <> 'total'
    AND table_kind = 'gov_gpb_expenditure'
    AND (prefix LIKE '%、'
         OR line_role IN ('subject', 'aggregate') AND (doc_id, table_id, header_path,
              CASE WHEN prefix = '' THEN 0 WHEN prefix GLOB '[0-9]*.' THEN 2 ELSE 9 END) IN (
           SELECT doc_id, table_id, header_path, MIN(CASE WHEN prefix = '' THEN 0
                                                          WHEN prefix GLOB '[0-9]*.' THEN 2
                                                          ELSE 1 END)
           FROM items
           WHERE table_kind = 'gov_gpb_expenditure' AND classification = 'function'
             AND code_level IN ('类', '款', '项')
           GROUP BY doc_id, table_id, header_path
           HAVING SUM(code_level IN ('款', '项')) = 0
              AND MIN(CASE WHEN prefix = '' THEN 0 WHEN prefix GLOB '[0-9]*.' THEN 2 ELSE 1 END)
                = MAX(CASE WHEN prefix = '' THEN 0 WHEN prefix GLOB '[0-9]*.' THEN 2 ELSE 1 END)))
  GROUP BY doc_id, table_id, header_path),
sub AS (
  SELECT doc_id, table_id, header_path, SUM(CAST(amount_yuan AS REAL)) AS s
  FROM items
  WHERE code_level = '类' AND prefix LIKE '其中%' AND code NOT IN ('230', '231')
    AND table_kind = 'gov_gpb_expenditure'
  GROUP BY doc_id, table_id, header_path),
apart AS (
  SELECT doc_id, table_id, header_path, SUM(CAST(amount_yuan AS REAL)) AS s
  FROM items
  WHERE code = '227' AND prefix LIKE '%、' AND prefix NOT LIKE '其中%'
    AND table_kind = 'gov_gpb_expenditure'
  GROUP BY doc_id, table_id, header_path),
tot AS (
  SELECT doc_id, table_id, header_path, name, CAST(amount_yuan AS REAL) AS total,
         prefix LIKE '%、' AS numbered,
         CASE unit WHEN '亿元' THEN 1e6 WHEN '万元' THEN 1e4 WHEN '千元' THEN 1e3 ELSE 1 END AS u
  FROM items
  WHERE code = '' AND (line_role = 'total' OR name LIKE '%合计' OR name LIKE '%总计'
                       OR name LIKE '%一般公共预算支出' OR name LIKE '%本级支出' OR name = '全市支出'))
SELECT lei.entity, lei.year, lei.area, lei.measure, lei.doc_id, lei.table_id, lei.header_path,
       lei.n, lei.own_sum, lei.all_sum, coalesce(unc.s, 0) AS uncoded,
       (SELECT group_concat(tot.name || '=' || tot.total, '; ') FROM tot
         WHERE (tot.doc_id, tot.table_id, tot.header_path) = (lei.doc_id, lei.table_id, lei.header_path)) AS totals,
       EXISTS (SELECT 1 FROM tot
         WHERE (tot.doc_id, tot.table_id, tot.header_path) = (lei.doc_id, lei.table_id, lei.header_path)
           AND (abs(tot.total - lei.own_sum) <= lei.n * 0.5 * tot.u
                OR abs(tot.total - lei.all_sum) <= lei.n * 0.5 * tot.u
                OR tot.numbered AND abs(tot.total - lei.own_sum + coalesce(apart.s, 0))
                   <= lei.n * 0.5 * tot.u)) AS coded_equal,
       EXISTS (SELECT 1 FROM tot
         WHERE (tot.doc_id, tot.table_id, tot.header_path) = (lei.doc_id, lei.table_id, lei.header_path)
           AND (abs(tot.total - lei.own_sum) <= lei.n * 0.5 * tot.u
                OR abs(tot.total - lei.all_sum) <= lei.n * 0.5 * tot.u
                OR tot.numbered AND abs(tot.total - lei.own_sum + coalesce(apart.s, 0))
                   <= lei.n * 0.5 * tot.u
                OR abs(tot.total - lei.own_sum - coalesce(unc.s, 0) + coalesce(sub.s, 0))
                   <= (lei.n + 2) * 0.5 * tot.u
                OR abs(tot.total - lei.all_sum - coalesce(unc.s, 0) + coalesce(sub.s, 0))
                   <= (lei.n + 2) * 0.5 * tot.u
                OR abs(tot.total - lei.own_sum - coalesce(unc.s, 0)) <= (lei.n + 2) * 0.5 * tot.u
                OR abs(tot.total - lei.all_sum - coalesce(unc.s, 0))
                   <= (lei.n + 2) * 0.5 * tot.u)) AS with_uncoded_equal
FROM lei LEFT JOIN unc USING (doc_id, table_id, header_path)
         LEFT JOIN sub USING (doc_id, table_id, header_path)
         LEFT JOIN apart USING (doc_id, table_id, header_path)
ORDER BY lei.entity, lei.year, lei.area, lei.measure;
