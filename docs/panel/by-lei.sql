-- General public budget expenditure by 类, per entity (city or province), per year, per
-- area and measure; one row per figure printed (DISTINCT: a table repeated in a document
-- counts once).
SELECT DISTINCT entity, year, area, measure, code, canonical_name, amount_yuan
FROM panel
WHERE table_kind = 'gov_gpb_expenditure'
  AND classification = 'function'
  AND code_level = '类'
ORDER BY entity, year, area, measure, code;
