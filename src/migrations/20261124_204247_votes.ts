import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_votes_locale" AS ENUM('zh', 'ru', 'en');
  CREATE TABLE "votes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"helpful" boolean DEFAULT false NOT NULL,
  	"guide_id" integer,
  	"faq_id" integer,
  	"locale" "enum_votes_locale" NOT NULL,
  	"voter" varchar NOT NULL,
  	"client" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "votes_id" integer;
  ALTER TABLE "votes" ADD CONSTRAINT "votes_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "votes" ADD CONSTRAINT "votes_faq_id_faqs_id_fk" FOREIGN KEY ("faq_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "votes_helpful_idx" ON "votes" USING btree ("helpful");
  CREATE INDEX "votes_guide_idx" ON "votes" USING btree ("guide_id");
  CREATE INDEX "votes_faq_idx" ON "votes" USING btree ("faq_id");
  CREATE INDEX "votes_locale_idx" ON "votes" USING btree ("locale");
  CREATE INDEX "votes_voter_idx" ON "votes" USING btree ("voter");
  CREATE INDEX "votes_client_idx" ON "votes" USING btree ("client");
  CREATE INDEX "votes_updated_at_idx" ON "votes" USING btree ("updated_at");
  CREATE INDEX "votes_created_at_idx" ON "votes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_votes_fk" FOREIGN KEY ("votes_id") REFERENCES "public"."votes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_votes_id_idx" ON "payload_locked_documents_rels" USING btree ("votes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "votes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "votes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_votes_fk";
  
  DROP INDEX "payload_locked_documents_rels_votes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "votes_id";
  DROP TYPE "public"."enum_votes_locale";`)
}
