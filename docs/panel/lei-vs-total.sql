-- Its 类 sums against the totals the same table column prints (合计, 本年支出合计, 支出总计 …):
-- one row per table column, the sum of its 类 figures and the printed totals it equals
-- (within the printed rounding: half a unit of the table's unit per figure summed).
WITH lei AS (
  SELECT doc_id, table_id, header_path, entity, year, area, measure,
         SUM(CAST(amount_yuan AS REAL)) AS lei_sum, COUNT(*) AS n
  FROM panel
  WHERE table_kind = 'gov_gpb_expenditure' AND classification = 'function' AND code_level = '类'
  GROUP BY doc_id, table_id, header_path),
tot AS (
  SELECT doc_id, table_id, header_path, name, CAST(amount_yuan AS REAL) AS total, unit
  FROM items
  WHERE code = '' AND (name LIKE '%合计' OR name LIKE '%总计' OR name IN ('合计', '总计')))
SELECT lei.entity, lei.year, lei.area, lei.measure, lei.doc_id, lei.table_id, lei.header_path,
       lei.n, lei.lei_sum,
       (SELECT group_concat(tot.name || '=' || tot.total, '; ') FROM tot
         WHERE tot.doc_id = lei.doc_id AND tot.table_id = lei.table_id
           AND tot.header_path = lei.header_path) AS totals,
       EXISTS (SELECT 1 FROM tot
         WHERE tot.doc_id = lei.doc_id AND tot.table_id = lei.table_id
           AND tot.header_path = lei.header_path
           AND abs(tot.total - lei.lei_sum) <= lei.n * 0.5 *
               CASE tot.unit WHEN '亿元' THEN 1e8 * 0.01 WHEN '万元' THEN 1e4 WHEN '千元' THEN 1e3 ELSE 1 END
       ) AS equals_a_total
FROM lei
ORDER BY lei.entity, lei.year, lei.area, lei.measure;
