-- 宁夏's general public budget expenditure by 类, 全区, final accounts 2019-2024: one row per
-- 类, one column per year (亿元, from exact yuan). `entity` comes from the table titles, else
-- from the document's identity (its pages never print 宁夏 on the cover: the province its
-- pages name throughout).
SELECT code, MAX(canonical_name) AS name,
       printf('%.2f', SUM(CASE WHEN year = 2019 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2019",
       printf('%.2f', SUM(CASE WHEN year = 2020 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2020",
       printf('%.2f', SUM(CASE WHEN year = 2021 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2021",
       printf('%.2f', SUM(CASE WHEN year = 2022 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2022",
       printf('%.2f', SUM(CASE WHEN year = 2023 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2023",
       printf('%.2f', SUM(CASE WHEN year = 2024 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2024"
FROM (SELECT DISTINCT code, canonical_name, year, amount_yuan, doc_id
      FROM panel
      WHERE entity = '宁夏回族自治区' AND doc_kind = 'gov_final_tables'
        AND table_kind = 'gov_gpb_expenditure' AND classification = 'function'
        AND code_level = '类' AND area = '全区' AND measure = 'final'
        AND year = doc_year AND year BETWEEN 2019 AND 2024)
GROUP BY code ORDER BY code;
