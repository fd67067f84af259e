-- Contact points became a module of their own (lib/modules/contact-points): the consultation module no longer
-- reads the "ContactPoint" table. An opinion a point sent carries the point's name in "name" (the submission has
-- always written it); opinions seeded before that did not, so they get it here, once.
UPDATE "Opinion" o SET "name" = p."name"
  FROM "ContactPoint" p
 WHERE p."tenantId" = o."tenantId" AND p."id" = o."contactPointId" AND o."name" IS NULL;
