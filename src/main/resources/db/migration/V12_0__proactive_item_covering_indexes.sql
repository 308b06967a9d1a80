-- The appraisal's interpretation metrics at city scale (1,000,000 items, 5 % normative
-- documents, 3 % interpretations) read only the normative documents and the interpretations, but
-- the planner scanned the whole table for them (a join of every item's primary key to find the
-- 34,000 documents interpreted; ~0.3 s of a city's computation). Two covering indexes let both
-- parts read ~80,000 index entries instead, without touching the table:
--   documents: normative first, then what the counts read (id for the join, unit, day zero);
--   interpretations: the link first (it still serves the "has interpretations" checks), then the
--   same columns.
-- Only normative documents can be interpreted (ProactiveItem.interpret); a document that has
-- interpretations now also stays normative (ProactiveItemService, ItemBatchService), so the
-- statements may join interpretations to normative documents only. Documents that lost the flag
-- after being interpreted (possible before this version) get it back here, so no interpretation
-- drops out of the counts.

UPDATE proactive_item SET normative = TRUE, version = version + 1
WHERE normative = FALSE
  AND id IN (SELECT x.interpretation_of_id FROM proactive_item x WHERE x.interpretation_of_id IS NOT NULL);

CREATE INDEX ix_proactive_item_normative ON proactive_item (normative, id, unit_id, formed_on, published_on);

DROP INDEX ix_proactive_item_interpretation;
CREATE INDEX ix_proactive_item_interpretation
    ON proactive_item (interpretation_of_id, unit_id, formed_on, published_on);
