-- Nobody writes readings between the check for other rows and the TRUNCATE.
LOCK TABLE readings IN ACCESS EXCLUSIVE MODE
