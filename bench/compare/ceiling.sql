-- The ceiling: the whole answer of bench/operations.ts DASHBOARD (groups: 20, first: 10) as one
-- hand-written statement, the same objects in the same order, global ids included. Each group's
-- liaisons come from group_liaisons (group_id, created_at, liaison_id): an index range scan
-- that stops after ten rows, not a union of two tables sorted per group. Counts come from the
-- same index (an index-only count per group).
with
  page_groups as (
    select g.id, g.acronym, g.name from groups g order by g.acronym, g.id limit 20
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
          'totalCount', (select count(*) from group_liaisons c where c.group_id = g.id),
          'edges', (select coalesce(json_agg(json_build_object('node', json_build_object(
              'id', rtrim(translate(encode(convert_to('Liaison:' || l.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
              'title', l.title,
              'status', l.status,
              'purpose', l.purpose,
              'sentOn', l.sent_on,
              'toGroups', (select coalesce(json_agg(json_build_object(
                  'id', rtrim(translate(encode(convert_to('Group:' || ag.id, 'UTF8'), 'base64'), '+/', '-_'), '='),
                  'acronym', ag.acronym) order by ag.acronym, ag.id), '[]')
                from liaison_addressees a
                cross join lateral (select ag.id, ag.acronym from groups ag where ag.id = a.group_id offset 0) ag
                where a.liaison_id = l.id and a.role = 'TO')
            )) order by gl.created_at, gl.liaison_id), '[]')
            from (select c.liaison_id, c.created_at from group_liaisons c where c.group_id = g.id
                  order by c.created_at, c.liaison_id limit 10) gl
            cross join lateral (select l.id, l.title, l.status, l.purpose, l.sent_on from liaisons l where l.id = gl.liaison_id) l)
        )
      )) order by g.acronym, g.id), '[]') from page_groups g)
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
