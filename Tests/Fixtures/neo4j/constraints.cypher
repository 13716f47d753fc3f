// Constraints and indexes for a StakeholderGraph import (Neo4j 5).
// Run after the import, once the database is started:  cypher-shell -d neo4j -f constraints.cypher
CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE INDEX stakeholder_name IF NOT EXISTS FOR (n:Stakeholder) ON (n.name);
CREATE INDEX stakeholder_kind IF NOT EXISTS FOR (n:Stakeholder) ON (n.kind);
CREATE INDEX stakeholder_sector IF NOT EXISTS FOR (n:Stakeholder) ON (n.sector);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
