@echo off
rem Runs the loggerflow jar built by "mvnw.cmd -q package -DskipTests" (see README, Windows).
rem Extra JVM options: JAVA_OPTS. Uses %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
setlocal
set "JAR=%~dp0..\ingest-worker\target\loggerflow.jar"
rem no parenthesised block: a path such as "C:\Program Files (x86)" would end it early
if exist "%JAR%" goto run
echo loggerflow: "%JAR%" not found; build it first: mvnw.cmd -q package -DskipTests 1>&2
exit /b 2
:run
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
