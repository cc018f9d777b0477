-- The ceiling: the benchmark dashboard's whole answer (bench/operations.ts DASHBOARD) in one
-- hand-written statement, as one JSON value shaped like our GraphQL answer's `data` (row ids for
-- ids), so that `npm run bench:compare` can check it carries the same objects in the same order.
-- $1: how many groups (20), $2: how many liaisons per group and open action items (10).
-- No server, no GraphQL: what the database alone needs for the answer on today's schema.
with page as (
  select g.id, g.acronym, g.name from groups g order by g.acronym, g.id limit $1
),
-- each page group's liaisons, sent or received (TO or CC; sent to itself counts once, as sent),
-- numbered in the order they were recorded: no index answers this, so every key is gathered
keys as materialized (
  select k.group_id, k.id,
         row_number() over (partition by k.group_id order by k.created_at, k.id) as n,
         count(*) over (partition by k.group_id) as total
  from (
    select l.from_group_id as group_id, l.id, l.created_at
      from liaisons l where l.from_group_id in (select id from page)
    union all
    select a.group_id, l.id, l.created_at
      from liaison_addressees a join liaisons l on l.id = a.liaison_id
     where a.group_id in (select id from page) and l.from_group_id <> a.group_id
  ) k
),
today as (select (current_timestamp at time zone 'UTC')::date as day)
select json_build_object(
  'groups', json_build_object(
    'totalCount', (select count(*) from groups),
    'edges', (
      select coalesce(json_agg(json_build_object('node', json_build_object(
               'id', p.id, 'acronym', p.acronym, 'name', p.name,
               'liaisons', json_build_object('totalCount', coalesce(ls.total, 0), 'edges', coalesce(ls.edges, '[]'::json))
             )) order by p.acronym, p.id), '[]'::json)
      from page p
      left join lateral (
        select max(k.total) as total,
               json_agg(json_build_object('node', json_build_object(
                 'id', l.id, 'title', l.title, 'status', l.status, 'purpose', l.purpose, 'sentOn', l.sent_on,
                 'toGroups', (
                   select coalesce(json_agg(json_build_object('id', tg.id, 'acronym', tg.acronym) order by tg.acronym, tg.id), '[]'::json)
                   from liaison_addressees a join groups tg on tg.id = a.group_id
                   where a.liaison_id = l.id and a.role = 'TO')
               )) order by k.n) as edges
        from keys k join liaisons l on l.id = k.id
        where k.group_id = p.id and k.n <= $2
      ) ls on true
    )
  ),
  'actionItems', json_build_object(
    'totalCount', (select count(*) from action_items where status = 'OPEN'),
    'edges', (
      select coalesce(json_agg(json_build_object('node', json_build_object(
               'id', t.id, 'title', t.title, 'status', t.status, 'dueOn', t.due_on,
               'isOverdue', t.status in ('OPEN', 'IN_PROGRESS') and (
                  coalesce(t.due_on < today.day, false)
                  or exists (select 1 from meetings dm where dm.id = t.due_meeting_id and dm.ends_on < today.day)),
               'raisedBy', case when o.id is null then null else json_build_object(
                  'id', o.id, 'kind', o.kind, 'position', o.position,
                  'meeting', json_build_object('id', m.id, 'number', m.number, 'title', m.title, 'startsOn', m.starts_on)) end
             )) order by t.created_at, t.id), '[]'::json)
      from (select * from action_items where status = 'OPEN' order by created_at, id limit $2) t
      cross join today
      left join outcomes o on o.id = t.raised_by_id
      left join meetings m on m.id = o.meeting_id
    )
  )
) as dashboard
