import { sql, type Kysely } from 'kysely';
import { engineOf } from '../dialect';

/**
 * activities.like_count follows activity_likes by trigger, so a like is one autocommit INSERT. As a
 * transaction (insert, then count update) it held SQLite's write lock across awaits and two workers queued
 * on it: p95 50 ms at 200 likes/s against a 20 ms target (bench/results, 2026-12-07).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (engineOf(db) === 'postgres') {
    await sql`create function activity_likes_count() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          update activities set like_count = like_count + 1 where id = new.activity_id;
        else
          update activities set like_count = like_count - 1 where id = old.activity_id;
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger activity_likes_count after insert or delete on activity_likes
      for each row execute function activity_likes_count()`.execute(db);
    // Views, shares and likes rewrite the row. With room left on each page PostgreSQL updates it in place (HOT)
    // instead of adding an entry to each of the table's 13 indexes (SQLite touches only indexes of the column).
    await sql`alter table activities set (fillfactor = 90)`.execute(db);
  } else {
    await sql`create trigger activity_likes_counted after insert on activity_likes
      begin update activities set like_count = like_count + 1 where id = new.activity_id; end`.execute(db);
    await sql`create trigger activity_likes_uncounted after delete on activity_likes
      begin update activities set like_count = like_count - 1 where id = old.activity_id; end`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (engineOf(db) === 'postgres') {
    await sql`drop trigger if exists activity_likes_count on activity_likes`.execute(db);
    await sql`drop function if exists activity_likes_count`.execute(db);
    await sql`alter table activities reset (fillfactor)`.execute(db);
  } else {
    await sql`drop trigger if exists activity_likes_counted`.execute(db);
    await sql`drop trigger if exists activity_likes_uncounted`.execute(db);
  }
}
