-- English names (issue #14, item 8): a city's short and full name in English ("Liaoyuan", "Liaoyuan Municipal
-- People's Congress Standing Committee"), and its committees' and fields of law's, where the city provides them.
-- Empty means "none given": the English pages then show the Chinese name (lib/i18n/local-name.ts).
ALTER TABLE "Tenant" ADD COLUMN "nameEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Tenant" ADD COLUMN "fullNameEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Committee" ADD COLUMN "nameEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "LegalField" ADD COLUMN "nameEn" TEXT NOT NULL DEFAULT '';

-- Databases seeded before this migration: the demo cities get the English names the demo now seeds
-- (lib/seed/demo-tenants.ts, lib/modules/legislation/seed/index.ts); a name someone already gave is kept.
UPDATE "Tenant" AS t SET "nameEn" = v.en, "fullNameEn" = v.en || ' Municipal People''s Congress Standing Committee'
FROM (VALUES ('liaoyuan', 'Liaoyuan'), ('jining', 'Jining'), ('chengdu', 'Chengdu'), ('shantou', 'Shantou'),
             ('shenyang', 'Shenyang'), ('dalian', 'Dalian'), ('taiyuan', 'Taiyuan'), ('harbin', 'Harbin')) AS v(slug, en)
WHERE t.slug = v.slug AND t."nameEn" = '' AND t."fullNameEn" = '';

UPDATE "Committee" AS c SET "nameEn" = v.en
FROM (VALUES ('法制委员会', 'Legislative Affairs Committee'),
             ('法制工作委员会', 'Legislative Affairs Commission'),
             ('财政经济委员会', 'Financial and Economic Affairs Committee'),
             ('预算工作委员会', 'Budgetary Affairs Commission'),
             ('教育科学文化卫生委员会', 'Education, Science, Culture and Health Committee'),
             ('城乡建设环境保护委员会', 'Urban and Rural Development and Environmental Protection Committee'),
             ('农业与农村委员会', 'Agriculture and Rural Affairs Committee'),
             ('监察和司法委员会', 'Supervisory and Judicial Affairs Committee'),
             ('人事代表选举任免联络委员会', 'Personnel, Deputies'' Election, Appointment and Liaison Committee'),
             ('人事代表选举任免工作委员会', 'Personnel, Deputies'' Election and Appointment Commission'),
             ('社会建设委员会', 'Social Development Affairs Committee'),
             ('民族宗教侨务外事委员会', 'Ethnic, Religious, Overseas Chinese and Foreign Affairs Committee'),
             ('代表工作委员会', 'Deputies'' Affairs Commission'),
             ('人事任免工作委员会', 'Personnel and Appointments Commission'),
             ('华侨外事民族宗教委员会', 'Overseas Chinese, Foreign, Ethnic and Religious Affairs Committee')) AS v(zh, en)
WHERE c.name = v.zh AND c."nameEn" = '';

UPDATE "LegalField" AS f SET "nameEn" = v.en
FROM (VALUES ('城乡建设与管理', 'Urban and Rural Development and Management'),
             ('环境保护', 'Environmental Protection'),
             ('历史文化保护', 'Historical and Cultural Heritage'),
             ('社会治理', 'Social Governance'),
             ('经济发展', 'Economic Development')) AS v(zh, en)
WHERE f.name = v.zh AND f."nameEn" = '';
