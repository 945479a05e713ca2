<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="40"/>
        <location filename="../../crm_desktop/ui/app.py" line="47"/>
        <source>app</source>
        <comment>CRM Desktop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="48"/>
        <source>app</source>
        <comment>The database has no active user.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="19"/>
        <source>Sales desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="37"/>
        <source>Welcome to CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="48"/>
        <source>This database is empty. Try the program on realistic demo data, or start with your own company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="52"/>
        <source>Create demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="55"/>
        <source>Start with my company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="83"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="84"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="85"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="86"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="89"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="29"/>
        <source>CRM Desktop — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="46"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="47"/>
        <source>&amp;Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="53"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="58"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="59"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="60"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="69"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="70"/>
        <source>&amp;About CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="75"/>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="78"/>
        <source>User: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="84"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="87"/>
        <source>Backup saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="99"/>
        <source>The new language is used from the next start of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="102"/>
        <source>About CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="103"/>
        <source>CRM Desktop {0}
The sales desk for sales teams.
Database: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="19"/>
        <source>Something went wrong: {0}. Nothing was saved. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="26"/>
        <source>CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
