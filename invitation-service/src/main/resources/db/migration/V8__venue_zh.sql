-- The venue as zh-CN invitees read it (the invitation page and mails); null: the venue as it is.
alter table summit add column venue_zh text;
update summit set venue_zh = '上海' where venue = 'Shanghai';
