-- Members that existed before eligible_spending keep their level: their spend starts at its threshold.
UPDATE "memberships" SET "eligible_spending" = (
    SELECT "min_spending" FROM "membership_levels" WHERE "membership_levels"."id" = "memberships"."level_id"
)
WHERE "eligible_spending" = 0;
