-- The bootstrap admin was created with an English display name; the UI is Chinese-first (issue 14).
update accounts set display_name = '平台管理员' where username = 'admin' and display_name = 'Platform administrator';
