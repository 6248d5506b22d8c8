-- 宁夏's general public budget expenditure by 类, 全区, final accounts 2019-2024: one row per
-- 类, one column per year (亿元, from exact yuan). The documents are selected by file name
-- here only because entity is empty for them on this branch (their pages never name 宁夏;
-- issue 12's document identity fills `entity` in): with it, `WHERE entity = '宁夏回族自治区'`.
SELECT code, MAX(canonical_name) AS name,
       printf('%.2f', SUM(CASE WHEN year = 2019 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2019",
       printf('%.2f', SUM(CASE WHEN year = 2020 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2020",
       printf('%.2f', SUM(CASE WHEN year = 2021 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2021",
       printf('%.2f', SUM(CASE WHEN year = 2022 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2022",
       printf('%.2f', SUM(CASE WHEN year = 2023 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2023",
       printf('%.2f', SUM(CASE WHEN year = 2024 THEN CAST(amount_yuan AS REAL) END) / 1e8) AS "2024"
FROM (SELECT DISTINCT p.code, p.canonical_name, p.year, p.amount_yuan, p.doc_id
      FROM panel p JOIN documents d ON d.doc_id = p.doc_id
      WHERE d.file LIKE '%ningxia_20%' AND d.doc_kind = 'gov_final'
        AND p.table_kind = 'gov_gpb_expenditure' AND p.classification = 'function'
        AND p.code_level = '类' AND p.area = '全区' AND p.measure = 'final'
        AND p.year = p.doc_year)
GROUP BY code ORDER BY code;
