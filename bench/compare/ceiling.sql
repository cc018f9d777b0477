-- The ceiling: the whole answer of bench/operations.ts DASHBOARD (groups: 20, first: 10) as one
-- hand-written statement, the same objects in the same order, global ids included. Each group's
-- liaisons come from group_liaisons (group_id, created_at, liaison_id): an index range scan
-- that stops after ten rows, not a union of two tables sorted per group. A group's totalCount is
-- its row of group_liaison_counts (kept by a trigger on group_liaisons), not a count of its
-- ~1,000 index entries. The pages' TO addressees are read once for all 200 liaisons (an index
-- scan per liaison, `offset 0` keeps the planner from a sequential scan of all addressees) and
-- joined to groups once, not a scan of groups per addressee.
with
  page_groups as (
    select g.id, g.acronym, g.name from groups g order by g.acronym, g.id limit 20
  ),
  page_liaisons as (
    select g.id as group_id, gl.created_at, gl.liaison_id from page_groups g
    cross join lateral (select c.liaison_id, c.created_at from group_liaisons c where c.group_id = g.id
                        order by c.created_at, c.liaison_id limit 10) gl
  ),
  page_addressees as materialized (
    select a.liaison_id, a.group_id from (select distinct liaison_id from page_liaisons) pl
    cross join lateral (select a.liaison_id, a.group_id from liaison_addressees a
                        where a.liaison_id = pl.liaison_id and a.role = 'TO' offset 0) a
  ),
  to_groups as (
    select a.liaison_id, json_agg(json_build_object(
        'id', rtrim(translate(encode(convert_to('Group:' || ag.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
        'acronym', ag.acronym) order by ag.acronym, ag.id) as groups
    from page_addressees a join groups ag on ag.id = a.group_id
    group by a.liaison_id
  ),
  group_edges as (
    select pl.group_id, json_agg(json_build_object('node', json_build_object(
        'id', rtrim(translate(encode(convert_to('Liaison:' || l.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
        'title', l.title,
        'status', l.status,
        'purpose', l.purpose,
        'sentOn', l.sent_on,
        'toGroups', coalesce(tg.groups, '[]')
      )) order by pl.created_at, pl.liaison_id) as edges
    from page_liaisons pl
    join liaisons l on l.id = pl.liaison_id
    left join to_groups tg on tg.liaison_id = pl.liaison_id
    group by pl.group_id
  ),
  open_items as (
    select t.id, t.title, t.status, t.due_on, t.due_meeting_id, t.raised_by_id, t.created_at
    from action_items t where t.status = 'OPEN' order by t.created_at, t.id limit 10
  )
select json_build_object('data', json_build_object(
  'groups', json_build_object(
    'totalCount', (select count(*) from groups),
    'edges', (select coalesce(json_agg(json_build_object('node', json_build_object(
        'id', rtrim(translate(encode(convert_to('Group:' || g.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
        'acronym', g.acronym,
        'name', g.name,
        'liaisons', json_build_object(
          'totalCount', coalesce(c.liaisons, 0),
          'edges', coalesce(e.edges, '[]')
        )
      )) order by g.acronym, g.id), '[]')
      from page_groups g
      left join group_edges e on e.group_id = g.id
      left join group_liaison_counts c on c.group_id = g.id)
  ),
  'actionItems', json_build_object(
    'totalCount', (select count(*) from action_items t where t.status = 'OPEN'),
    'edges', (select coalesce(json_agg(json_build_object('node', json_build_object(
        'id', rtrim(translate(encode(convert_to('ActionItem:' || t.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
        'title', t.title,
        'status', t.status,
        'dueOn', t.due_on,
        'isOverdue', t.status in ('OPEN', 'IN_PROGRESS') and (coalesce(t.due_on < (current_timestamp at time zone 'UTC')::date, false)
          or exists (select 1 from meetings dm where dm.id = t.due_meeting_id and dm.ends_on < (current_timestamp at time zone 'UTC')::date)),
        'raisedBy', (select json_build_object(
            'id', rtrim(translate(encode(convert_to('Outcome:' || o.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
            'kind', o.kind,
            'position', o.position,
            'meeting', (select json_build_object(
                'id', rtrim(translate(encode(convert_to('Meeting:' || m.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
                'number', m.number,
                'title', m.title,
                'startsOn', m.starts_on)
              from meetings m where m.id = o.meeting_id))
          from outcomes o where o.id = t.raised_by_id)
      )) order by t.created_at, t.id), '[]') from open_items t)
  )
)) as answer;
