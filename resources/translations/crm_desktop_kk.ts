<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_US">
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="128"/>
        <source>field</source>
        <translation>өріс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="129"/>
        <source>value</source>
        <translation>мәні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="132"/>
        <source>how</source>
        <translation>қалай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="133"/>
        <source>managers (logins, comma-separated)</source>
        <translation>менеджерлер (логиндер үтір арқылы)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="134"/>
        <source>table: match=login; match=login</source>
        <translation>кесте: мән=логин; мән=логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="135"/>
        <source>by</source>
        <translation>бойынша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="138"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="144"/>
        <source>subject</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="139"/>
        <source>due in days</source>
        <translation>мерзімі, күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="140"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="146"/>
        <source>for</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="143"/>
        <source>type</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="145"/>
        <source>in days</source>
        <translation>күннен кейін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="149"/>
        <source>pipeline</source>
        <translation>воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="150"/>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="153"/>
        <source>stage</source>
        <translation>кезең</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="156"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="159"/>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="162"/>
        <source>template</source>
        <translation>үлгі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="165"/>
        <source>whom</source>
        <translation>кімге</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="166"/>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="169"/>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="170"/>
        <source>title, e.g. Contract for {client}</source>
        <translation>тақырып, мысалы {client} үшін шарт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="171"/>
        <source>text, with {client}, {title}, {amount}…</source>
        <translation>мәтін, {client}, {title}, {amount}… бар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="174"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="175"/>
        <source>timeout, s</source>
        <translation>күту, с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="176"/>
        <source>retries</source>
        <translation>қайталау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="212"/>
        <source>the record&apos;s manager</source>
        <translation>жазбаның менеджері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="220"/>
        <source>the default pipeline</source>
        <translation>әдепкі воронка</translation>
    </message>
</context>
<context>
    <name>AutomationButton</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="24"/>
        <source>A&amp;utomation</source>
        <translation>А&amp;втоматтандыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="26"/>
        <source>Why did something happen to this record, and the rules you can run on it by hand</source>
        <translation>Бұл жазбамен не себепті бірдеңе болды және оған қолмен іске қосуға болатын ережелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="38"/>
        <source>Why did this happen?</source>
        <translation>Бұл неге болды?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="45"/>
        <source>No rules to run by hand</source>
        <translation>Қолмен іске қосылатын ереже жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="48"/>
        <source>Run: {rule}</source>
        <translation>Іске қосу: {rule}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="73"/>
        <source>nothing to do</source>
        <translation>істейтін ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="76"/>
        <source>Done: {what}</source>
        <translation>Орындалды: {what}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="77"/>
        <source>The rule failed: {what}</source>
        <translation>Ереже орындалмады: {what}</translation>
    </message>
</context>
<context>
    <name>CallResultDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="43"/>
        <source>Call result</source>
        <translation>Қоңырау нәтижесі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="47"/>
        <source>Save result</source>
        <translation>Нәтижені сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="48"/>
        <source>Skip</source>
        <translation>Өткізіп жіберу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="53"/>
        <source>Call with {0} started at {1}. How did it go?</source>
        <translation>{0} қоңырауының басталу уақыты: {1}. Нәтижесі қандай?</translation>
    </message>
</context>
<context>
    <name>CampaignWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="92"/>
        <source>Mass mailing</source>
        <translation>Жаппай тарату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="101"/>
        <source>New campaign</source>
        <translation>Жаңа науқан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="102"/>
        <source>Campaigns</source>
        <translation>Науқандар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="103"/>
        <source>Opt-out list</source>
        <translation>Бас тартқандар тізімі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="109"/>
        <source>Only the head of sales sends campaigns</source>
        <translation>Науқандарды тек сату бөлімінің басшысы жібереді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="126"/>
        <source>&amp;Segment:</source>
        <translation>С&amp;егмент:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="140"/>
        <source>Save &amp;template</source>
        <translation>Үлгіні &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="144"/>
        <source>&amp;Template:</source>
        <translation>&amp;Үлгі:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="150"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Тақырып:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="155"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Хат:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="160"/>
        <source>Placeholders:</source>
        <translation>Алмастырғыштар:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="162"/>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="167"/>
        <source> a minute</source>
        <translation> хат/мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="168"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Жылдамдық:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="175"/>
        <source>your own address</source>
        <translation>өз мекенжайыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="176"/>
        <source>Test &amp;to:</source>
        <translation>Сынақ хат &amp;кімге:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="177"/>
        <source>Send a t&amp;est to myself</source>
        <translation>Өзіме с&amp;ынақ хат жіберу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="181"/>
        <source>Send the &amp;campaign…</source>
        <translation>&amp;Науқанды жіберу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="189"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="390"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="461"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="190"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="391"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="462"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="479"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="191"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="192"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="249"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="392"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="220"/>
        <source>All clients</source>
        <translation>Барлық клиенттер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="260"/>
        <source>Counting the segment…</source>
        <translation>Сегмент саналуда…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="281"/>
        <source>{total} clients in the segment: {queued} will get the letter, {opted} opted out, {bad} bad address, {none} without an address, {shared} at an address another client gets it at</source>
        <translation>Сегментте {total} клиент: хатты {queued} алады, {opted} бас тартқан, {bad} мекенжайы қате, {none} мекенжайсыз, {shared} мекенжайы басқа клиентпен ортақ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="310"/>
        <source>To: {to}
Subject: {subject}</source>
        <translation>Кімге: {to}
Тақырып: {subject}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="313"/>
        <source>Not sent to this client: {why}</source>
        <translation>Бұл клиентке жіберілмейді: {why}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="337"/>
        <source>A test letter to {to} is in the outbox.</source>
        <translation>{to} мекенжайына сынақ хат шығыс хаттарға қойылды.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="344"/>
        <source>Send the campaign</source>
        <translation>Науқанды жіберу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="345"/>
        <source>Send the letter to {queued} clients, {rate} a minute (about {minutes} minutes)?</source>
        <translation>Хатты {queued} клиентке минутына {rate} хаттан жіберу керек пе (шамамен {minutes} минут)?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="370"/>
        <source>Queued at</source>
        <translation>Кезекке қойылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="371"/>
        <source>Campaign</source>
        <translation>Науқан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="372"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="373"/>
        <source>Rate</source>
        <translation>Жылдамдық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="373"/>
        <source>{n}/min</source>
        <translation>{n}/мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="375"/>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="376"/>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="377"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="378"/>
        <source>Failed</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="379"/>
        <source>Opted out</source>
        <translation>Бас тартты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="380"/>
        <source>Bad address</source>
        <translation>Қате мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="381"/>
        <source>No address</source>
        <translation>Мекенжай жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="387"/>
        <source>The chosen campaign&apos;s recipients (failures first):</source>
        <translation>Таңдалған науқанның алушылары (алдымен қателер):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="394"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="480"/>
        <source>Server&apos;s answer</source>
        <translation>Сервер жауабы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="400"/>
        <source>Cancel the letters not yet sent</source>
        <translation>Әлі жіберілмеген хаттарды тоқтату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="447"/>
        <source>e-mail address that asked to stop, or the subject of its unsubscribe reply</source>
        <translation>хат жіберуді тоқтатуды сұраған эл. пошта мекенжайы немесе жазылымнан бас тарту жауабының тақырыбы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="454"/>
        <source>&amp;Add to the list</source>
        <translation>Тізімге &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="460"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="478"/>
        <source>Since</source>
        <translation>Қашаннан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="461"/>
        <source>(any client)</source>
        <translation>(кез келген клиент)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="462"/>
        <source>(every address)</source>
        <translation>(барлық мекенжай)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="463"/>
        <source>How</source>
        <translation>Қалай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="464"/>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="470"/>
        <source>&amp;Remove from the list</source>
        <translation>Тізімнен &amp;алып тастау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="475"/>
        <source>Addresses a mail server refused for good (campaigns skip them):</source>
        <translation>Пошта сервері біржола қабылдамаған мекенжайлар (науқандар оларды өткізіп жібереді):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="486"/>
        <source>Try this address &amp;again</source>
        <translation>Бұл мекенжайды &amp;қайта сынау</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="130"/>
        <source>Product catalogue</source>
        <translation>Тауарлар каталогы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="142"/>
        <source>Code or name</source>
        <translation>Коды немесе атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="145"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="146"/>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="253"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="148"/>
        <source>Unit</source>
        <translation>Өлш.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="149"/>
        <source>Recommended price</source>
        <translation>Ұсынылатын баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="151"/>
        <source>Minimum price</source>
        <translation>Ең төмен баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="153"/>
        <source>VAT %</source>
        <translation>ҚҚС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="159"/>
        <source>&amp;New product</source>
        <translation>&amp;Жаңа тауар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="161"/>
        <source>New &amp;category</source>
        <translation>Жаңа &amp;санат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="162"/>
        <source>&amp;Warehouses…</source>
        <translation>&amp;Қоймалар…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="163"/>
        <source>&amp;Import prices and stock…</source>
        <translation>Бағалар мен қалдықтарды &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="253"/>
        <source>New category</source>
        <translation>Жаңа санат</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="59"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="59"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryView</name>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="51"/>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="51"/>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="52"/>
        <source>Reload</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="63"/>
        <source>A new card has no history yet.</source>
        <translation>Жаңа карточканың әлі тарихы жоқ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="66"/>
        <source>The change history is kept by the team server: sign in to one to see who changed what.</source>
        <translation>Өзгерістер тарихын командалық сервер сақтайды: кім не өзгерткенін көру үшін серверге кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="69"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="80"/>
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="80"/>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="81"/>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="81"/>
        <source>merged</source>
        <translation>біріктірілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="82"/>
        <source>No changes recorded yet.</source>
        <translation>Әзірге өзгерістер тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="85"/>
        <source>the program</source>
        <translation>бағдарлама</translation>
    </message>
</context>
<context>
    <name>ClaimCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="152"/>
        <source>&amp;Claim</source>
        <translation>&amp;Шағым</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="153"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="547"/>
        <source>&amp;Plan</source>
        <translation>&amp;Жоспар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="154"/>
        <source>&amp;Files</source>
        <translation>&amp;Файлдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="155"/>
        <source>&amp;Interactions</source>
        <translation>Өзара &amp;әрекеттер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="158"/>
        <source>Histor&amp;y</source>
        <translation>Та&amp;рихы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="161"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="165"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="186"/>
        <source>New claim</source>
        <translation>Жаңа шағым</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="187"/>
        <source>New claim (numbered when saved)</source>
        <translation>Жаңа шағым (сақтағанда нөмірленеді)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="212"/>
        <source>(not set)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="254"/>
        <source>Find the claimant…</source>
        <translation>Шағымданушыны табу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="267"/>
        <source>(the reason&apos;s department)</source>
        <translation>(себептің бөлімі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="269"/>
        <source>Edit the &amp;list…</source>
        <translation>Тізімді ө&amp;згерту…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="286"/>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="287"/>
        <source>Claimant &amp;is</source>
        <translation>Шағымданушы &amp;түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="288"/>
        <source>Claimant</source>
        <translation>Шағымданушы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="289"/>
        <source>C&amp;ontact person</source>
        <translation>&amp;Байланыс тұлғасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="290"/>
        <source>&amp;Order</source>
        <translation>Та&amp;псырыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="291"/>
        <source>&amp;Invoice</source>
        <translation>Ш&amp;от</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="292"/>
        <source>&amp;Product</source>
        <translation>Т&amp;ауар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="293"/>
        <source>&amp;Responsible</source>
        <translation>Жа&amp;уапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="294"/>
        <source>Person at &amp;fault</source>
        <translation>Кінәлі а&amp;дам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="295"/>
        <source>Department at fa&amp;ult</source>
        <translation>Кінәлі б&amp;өлім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="296"/>
        <source>Rea&amp;son</source>
        <translation>С&amp;ебебі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="299"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Маңызы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="300"/>
        <source>Dead&amp;line</source>
        <translation>Мерз&amp;імі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="304"/>
        <source>&amp;Essence</source>
        <translation>Мә&amp;ні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="305"/>
        <source>Requested re&amp;medy</source>
        <translation>Та&amp;лап етілген шара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="309"/>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>By when</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="324"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="329"/>
        <source>What is to be done…</source>
        <translation>Не істеу керек…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="336"/>
        <source>&amp;Add task</source>
        <translation>&amp;Тапсырма қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="339"/>
        <source>Mark &amp;done…</source>
        <translation>&amp;Орындалды деп белгілеу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="358"/>
        <source>&amp;Attach files…</source>
        <translation>Файлдарды &amp;тіркеу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="361"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="375"/>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="384"/>
        <source>Subject…</source>
        <translation>Тақырып…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="387"/>
        <source>What was said or agreed…</source>
        <translation>Не айтылды немесе не келісілді…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="388"/>
        <source>&amp;Log</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="428"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="450"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="438"/>
        <source>(the claim&apos;s responsible)</source>
        <translation>(шағымның жауаптысы)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="475"/>
        <source>Claim {0}</source>
        <translation>Шағым {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="476"/>
        <source>Claim {0} of {1}</source>
        <translation>Шағым {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="495"/>
        <source>Result: {0}</source>
        <translation>Нәтиже: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="497"/>
        <source>Satisfaction: {0} of 5</source>
        <translation>Қанағаттану: {0} / 5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="501"/>
        <source>Repeats the open claim {0}</source>
        <translation>Ашық {0} шағымын қайталайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="529"/>
        <source>{0} B</source>
        <translation>{0} Б</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="531"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="532"/>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="535"/>
        <source>{0} of {1} done</source>
        <translation>{1} ішінен {0} орындалды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="537"/>
        <source>{0} overdue</source>
        <translation>{0} мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="538"/>
        <source>No plan yet</source>
        <translation>Әзірге жоспар жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="544"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="546"/>
        <source>&amp;Plan ({0}/{1})</source>
        <translation>&amp;Жоспар ({0}/{1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="558"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="564"/>
        <source>Status: {0}</source>
        <translation>Күйі: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="567"/>
        <source>since {0}</source>
        <translation>{0} бастап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="569"/>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="584"/>
        <source>Choose the claimant first.</source>
        <translation>Алдымен шағымданушыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="611"/>
        <source>This claim repeats the open claim {0}.</source>
        <translation>Бұл шағым ашық {0} шағымын қайталайды.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="676"/>
        <source>Task done</source>
        <translation>Тапсырма орындалды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="677"/>
        <source>What came out of it:</source>
        <translation>Нәтижесі қандай болды:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="693"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
</context>
<context>
    <name>ClaimsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="58"/>
        <source>Claims</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="68"/>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="69"/>
        <source>Open (not resolved or rejected)</source>
        <translation>Ашық (аяқталмаған)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="72"/>
        <source>All reasons</source>
        <translation>Барлық себептер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="73"/>
        <source>All departments</source>
        <translation>Барлық бөлімдер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="74"/>
        <source>Anyone responsible</source>
        <translation>Кез келген жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="75"/>
        <source>All clients</source>
        <translation>Барлық клиенттер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="76"/>
        <source>&amp;Overdue only</source>
        <translation>Тек &amp;мерзімі өткендер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="82"/>
        <source>Number, client or essence…</source>
        <translation>Нөмірі, клиент немесе мәні…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="84"/>
        <source>&amp;New claim…</source>
        <translation>&amp;Жаңа шағым…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="88"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="91"/>
        <source>&amp;Reasons…</source>
        <translation>&amp;Себептер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="96"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="98"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="166"/>
        <source>(any)</source>
        <translation>(кез келген)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="228"/>
        <source>{0} claims, {1} open, {2} overdue</source>
        <translation>{0} шағым, {1} ашық, {2} мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="300"/>
        <source>Export claims</source>
        <translation>Шағымдарды экспорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="301"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="306"/>
        <source>Exporting…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="314"/>
        <source>{0} claims exported to {1}</source>
        <translation>{0} шағым {1} файлына экспортталды</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="99"/>
        <source>New client</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="120"/>
        <source>Change history</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="133"/>
        <source>New c&amp;laim…</source>
        <translation>Жаңа &amp;шағым…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="100"/>
        <source>Contacts</source>
        <translation>Контактілер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="124"/>
        <source>Contact {0}</source>
        <translation>Контакт {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/custom.py" line="37"/>
        <source>No custom fields yet. An administrator adds them in Settings → Custom fields.</source>
        <translation>Әзірге қосымша өрістер жоқ. Оларды әкімші Баптаулар → Қосымша өрістер мәзірінде қосады.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/custom.py" line="63"/>
        <source>Custom fields</source>
        <translation>Қос. өрістер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="40"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="40"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="41"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="42"/>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="44"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="45"/>
        <source>Deal</source>
        <translation>Мәміле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="46"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="59"/>
        <source>Kept beside similar clients:</source>
        <translation>Ұқсас клиенттермен қатар сақталды:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="67"/>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="78"/>
        <source>(nobody)</source>
        <translation>(ешкім)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="83"/>
        <source>VIP, wholesale</source>
        <translation>VIP, көтерме</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="95"/>
        <source>One phone a line, e.g. +7 727 250 10 20</source>
        <translation>Әр жолға бір телефон, мысалы +7 727 250 10 20</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="98"/>
        <source>One e-mail a line</source>
        <translation>Әр жолға бір эл. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="103"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="202"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="104"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="188"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="203"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="105"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="204"/>
        <source>Full name</source>
        <translation>Толық атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="107"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="212"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="108"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="213"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="109"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="110"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="214"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="111"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="189"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="207"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="112"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="208"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="113"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="209"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="114"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="210"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="115"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="190"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="52"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="215"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="116"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="191"/>
        <source>Office phones</source>
        <translation>Кеңсе телефондары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="117"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="192"/>
        <source>Office e-mails</source>
        <translation>Кеңсе эл. поштасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="123"/>
        <source>Probable typo: {0} mixes Latin and Cyrillic letters</source>
        <translation>Қате терілген болуы мүмкін: {0} ішінде латын және кирилл әріптері аралас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="135"/>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="48"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="217"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="50"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="59"/>
        <source>Attach a file…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="65"/>
        <source>Notes and attachments</source>
        <translation>Жазбалар, файлдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="72"/>
        <source>Save the client first</source>
        <translation>Алдымен клиентті сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="79"/>
        <source>Attach a file</source>
        <translation>Файл тіркеу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="103"/>
        <source>The file is missing from the attachment store</source>
        <translation>Файл тіркемелер қоймасында жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="38"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="86"/>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="39"/>
        <source>Relation</source>
        <translation>Қатынас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="40"/>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="42"/>
        <source>Link a partner…</source>
        <translation>Серіктеспен байланыстыру…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="45"/>
        <source>Remove link</source>
        <translation>Байланысты жою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="55"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="113"/>
        <source>Relations</source>
        <translation>Қатынастар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="75"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="85"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="92"/>
        <source>Link a partner</source>
        <translation>Серіктеспен байланыстыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="76"/>
        <source>Partner&apos;s name, tax ID or phone</source>
        <translation>Серіктестің атауы, БСН/ЖСН немесе телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="82"/>
        <source>No client matches {0}</source>
        <translation>{0} сұрауына сәйкес клиент жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="93"/>
        <source>Relation (e.g. branch of, dealer of)</source>
        <translation>Қатынас (мысалы, филиалы, дилері)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="41"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="127"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="43"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="211"/>
        <source>Legal address</source>
        <translation>Заңды мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="44"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="216"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="46"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="128"/>
        <source>Bank accounts</source>
        <translation>Банк шоттары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="50"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="51"/>
        <source>Account / IBAN</source>
        <translation>Шот / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="52"/>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="53"/>
        <source>Default</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="57"/>
        <source>Add account</source>
        <translation>Шот қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="60"/>
        <source>Remove account</source>
        <translation>Шотты жою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="76"/>
        <source>Requisites</source>
        <translation>Деректемелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="205"/>
        <source>Tax ID</source>
        <translation>БСН/ЖСН</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="201"/>
        <source>Client ID</source>
        <translation>Клиент ID</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="206"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Ресей)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="220"/>
        <source>Contact</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="222"/>
        <source>Contact phones</source>
        <translation>Байланыс тұлғасының телефондары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="223"/>
        <source>Contact e-mails</source>
        <translation>Байланыс тұлғасының эл. поштасы</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="61"/>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="151"/>
        <source>Import clients</source>
        <translation>Клиенттерді импорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Client name</source>
        <translation>Клиент атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Full name</source>
        <translation>Толық атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Tax ID</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Legal address</source>
        <translation>Заңды мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Office phone</source>
        <translation>Кеңсе телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Office e-mail</source>
        <translation>Кеңсе эл. поштасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Contact: full name</source>
        <translation>Контакт: аты-жөні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: first name</source>
        <translation>Контакт: аты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: middle name</source>
        <translation>Контакт: әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: last name</source>
        <translation>Контакт: тегі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: position</source>
        <translation>Контакт: лауазымы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="78"/>
        <source>Contact: phone</source>
        <translation>Контакт: телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="79"/>
        <source>Contact: e-mail</source>
        <translation>Контакт: эл. поштасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Contact: birthday</source>
        <translation>Контакт: туған күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Contact: primary</source>
        <translation>Контакт: негізгі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="81"/>
        <source>Client ID (groups rows)</source>
        <translation>Клиент ID (жолдарды топтайды)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="83"/>
        <source>Choose a file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="86"/>
        <source>CSV, Excel (XLSX) or vCard (VCF)</source>
        <translation>CSV, Excel (XLSX) немесе vCard (VCF)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="96"/>
        <source>Skip rows of existing clients</source>
        <translation>Бар клиенттердің жолдарын өткізіп жіберу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="97"/>
        <source>Update existing clients</source>
        <translation>Бар клиенттерді жаңарту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="98"/>
        <source>Create anyway (recorded)</source>
        <translation>Бәрібір құру (белгіленеді)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="99"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Кейбір жолдарда қате болса да, дұрыс жолдарды импорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="105"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="109"/>
        <source>Cancel import</source>
        <translation>Импортты тоқтату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="116"/>
        <source>Save the report…</source>
        <translation>Есепті сақтау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="119"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="126"/>
        <source>Duplicates:</source>
        <translation>Қайталамалар:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="139"/>
        <source>Choose what each column holds:</source>
        <translation>Әр бағанда не барын көрсетіңіз:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="152"/>
        <source>Clients (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>Клиенттер (*.csv *.xlsx *.vcf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="170"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} жол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="183"/>
        <source>— skip —</source>
        <translation>— өткізіп жіберу —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="238"/>
        <source>Importing…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="246"/>
        <source>Imported: {0} clients created, {1} updated, {2} skipped as duplicates, {3} contact persons.</source>
        <translation>Импортталды: {0} клиент құрылды, {1} жаңартылды, {2} қайталама ретінде өткізілді, {3} байланыс тұлғасы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="254"/>
        <source>{0} of {1} rows have problems; nothing was imported. Fix the file, or accept a partial import.</source>
        <translation>{1} жолдың {0} жолында қате бар; ештеңе импортталмады. Файлды түзетіңіз немесе ішінара импортқа рұқсат етіңіз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="258"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт тоқтатылды; ештеңе импортталмады.</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="45"/>
        <source>Choose a client: a day&apos;s client, an event or search</source>
        <translation>Клиентті таңдаңыз: күн клиенттерінен, оқиғадан немесе іздеу арқылы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="50"/>
        <source>&amp;Call</source>
        <translation>&amp;Қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="51"/>
        <source>&amp;New event</source>
        <translation>&amp;Жаңа оқиға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="52"/>
        <source>Client &amp;card</source>
        <translation>Клиент &amp;карточкасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="53"/>
        <source>E&amp;vents</source>
        <translation>&amp;Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="54"/>
        <source>&amp;Price</source>
        <translation>&amp;Бағалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="55"/>
        <source>Quick quote for this client</source>
        <translation>Осы клиентке жылдам ұсыныс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="63"/>
        <source>Summary</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="71"/>
        <source>Client since</source>
        <translation>Клиент болған күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="72"/>
        <source>Deals</source>
        <translation>Мәмілелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="73"/>
        <source>Average check</source>
        <translation>Орташа чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="74"/>
        <source>Total sales</source>
        <translation>Сатылым сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="75"/>
        <source>Debt</source>
        <translation>Қарыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="87"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="114"/>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="89"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="90"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="91"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="92"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="93"/>
        <source>Local time</source>
        <translation>Жергілікті уақыт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="94"/>
        <source>Time zone unknown</source>
        <translation>Уақыт белдеуі белгісіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="100"/>
        <source>All types</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>All time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>Last 30 days</source>
        <translation>Соңғы 30 күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Last 90 days</source>
        <translation>Соңғы 90 күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Last year</source>
        <translation>Соңғы жыл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="111"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="112"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="113"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="128"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="115"/>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="117"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="119"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="130"/>
        <source>Period</source>
        <translation>Уақыт аралығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="139"/>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="140"/>
        <source>Finance</source>
        <translation>Қаржы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="160"/>
        <source>The earlier of the first deal and the first document; without either, the day the client was added.</source>
        <translation>Алғашқы мәміле мен алғашқы құжаттың ертерегі; екеуі де болмаса, клиент қосылған күн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="162"/>
        <source>Every deal with the client: open, won and lost. Every sale belongs to a deal.</source>
        <translation>Клиентпен жасалған әр мәміле: ашық, сәтті және сәтсіз. Әр сатылым бір мәмілеге тиесілі.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="164"/>
        <source>Total sales divided by the number of sales (invoices paid in full); a dash while there is none.</source>
        <translation>Сатылымдардың жалпы сомасы сатылымдар санына бөлінген (толық төленген шоттар); сатылым болмаса — сызықша.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="166"/>
        <source>The sum of the client&apos;s sales: invoices paid in full, in the client&apos;s currency.</source>
        <translation>Клиент сатылымдарының сомасы: толық төленген шоттар, клиент валютасында.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="168"/>
        <source>Issued invoices (neither drafts nor cancelled) minus every payment received, in the client&apos;s currency; negative is an advance.</source>
        <translation>Шығарылған шоттар (жоба да, күші жойылған да емес) минус алынған барлық төлемдер, клиент валютасында; теріс сома — аванс.</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Tax ID</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Since</source>
        <translation>Қашаннан</translation>
    </message>
</context>
<context>
    <name>ClientsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="149"/>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="155"/>
        <source>Name, tax ID, phone, e-mail…</source>
        <translation>Атауы, БСН/ЖСН, телефон, эл. пошта…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="166"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="167"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="168"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="169"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="170"/>
        <source>Custom field</source>
        <translation>Қосымша өріс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="175"/>
        <source>value</source>
        <translation>мәні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="178"/>
        <source>Save as segment…</source>
        <translation>Сегмент ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="203"/>
        <source>&amp;New partner…</source>
        <translation>Жаңа &amp;серіктес…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="205"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="206"/>
        <source>&amp;Merge two…</source>
        <translation>Екеуін &amp;біріктіру…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="208"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="210"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="226"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="257"/>
        <source>Status: all</source>
        <translation>Күйі: барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="271"/>
        <source>Tag: all</source>
        <translation>Тег: барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="273"/>
        <source>Responsible: all</source>
        <translation>Жауапты: барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="274"/>
        <source>Region: all</source>
        <translation>Өңір: барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="275"/>
        <source>(custom field)</source>
        <translation>(қосымша өріс)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="280"/>
        <source>(no segment)</source>
        <translation>(сегментсіз)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="292"/>
        <source>(all)</source>
        <translation>(барлығы)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="311"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="336"/>
        <source>Save as segment</source>
        <translation>Сегмент ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="336"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="349"/>
        <source>{0} clients</source>
        <translation>{0} клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="398"/>
        <source>Select exactly two clients to merge</source>
        <translation>Біріктіру үшін дәл екі клиентті таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="412"/>
        <source>Export clients</source>
        <translation>Клиенттерді экспорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="413"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="418"/>
        <source>Exporting…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="422"/>
        <source>{0} rows written to {1}</source>
        <translation>{1} файлына {0} жол жазылды</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="54"/>
        <source>Company settings</source>
        <translation>Компания баптаулары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="69"/>
        <source>Legal name</source>
        <translation>Заңды атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="70"/>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="71"/>
        <source>Country (code)</source>
        <translation>Ел (коды)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="72"/>
        <source>Tax ID</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="72"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="73"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="73"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="74"/>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="75"/>
        <source>Chief accountant</source>
        <translation>Бас бухгалтер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="76"/>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="174"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="77"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="78"/>
        <source>Account / IBAN</source>
        <translation>Шот / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="78"/>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="79"/>
        <source>Device code for numbers (offline laptops)</source>
        <translation>Нөмірлерге арналған құрылғы коды (желісіз ноутбуктер)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="86"/>
        <source>Prices include VAT</source>
        <translation>Бағаларға ҚҚС кіреді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="88"/>
        <source>Send documents without the last look (straight to the outbox)</source>
        <translation>Құжаттарды соңғы қараусыз жіберу (бірден шығыс хаттарға)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="92"/>
        <source>VAT %</source>
        <translation>ҚҚС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="100"/>
        <source>Stamp</source>
        <translation>Мөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="101"/>
        <source>Director&apos;s signature</source>
        <translation>Директордың қолы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="102"/>
        <source>Accountant&apos;s signature</source>
        <translation>Бухгалтердің қолы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="103"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="104"/>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="223"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="134"/>
        <source>Save this template</source>
        <translation>Осы үлгіні сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="137"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="138"/>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="139"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="141"/>
        <source>Placeholders: </source>
        <translation>Ауыстырмалар: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="152"/>
        <source>Requisites</source>
        <translation>Деректемелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="153"/>
        <source>Stamp and signatures</source>
        <translation>Мөр және қолдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="154"/>
        <source>Exchange rates</source>
        <translation>Валюта бағамдары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="155"/>
        <source>E-mail templates</source>
        <translation>Хат үлгілері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="168"/>
        <source>How many {0} one unit of each currency is worth (1 USD = … {0}). Quotes for clients paying in another currency convert prices at these rates.</source>
        <translation>Әр валютаның бір бірлігі қанша {0} тұрады (1 USD = … {0}). Басқа валютада төлейтін клиенттерге арналған коммерциялық ұсыныстардағы бағалар осы бағамдар бойынша қайта есептеледі.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="175"/>
        <source>Rate, {0}</source>
        <translation>Бағам, {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="180"/>
        <source>Add a rate</source>
        <translation>Бағам қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="183"/>
        <source>Remove the rate</source>
        <translation>Бағамды жою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="229"/>
        <source>Image</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="230"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="92"/>
        <source>value (a list: a, b, c)</source>
        <translation>мән (тізім: а, б, в)</translation>
    </message>
</context>
<context>
    <name>ConflictBadge</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/badge.py" line="28"/>
        <source>A sync did not keep a value of this client: open the conflict inbox</source>
        <translation>Синхрондау бұл клиенттің мәнін сақтамады: қақтығыстар тізімін ашыңыз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/badge.py" line="46"/>
        <source>⚠ %n open sync conflict(s)</source>
        <translation>
            <numerusform>⚠ %n ашық синхрондау қақтығысы</numerusform>
            <numerusform>⚠ %n ашық синхрондау қақтығысы</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="56"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="57"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="66"/>
        <source>Sync conflicts</source>
        <translation>Синхрондау қайшылықтары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="68"/>
        <source>Values a sync did not keep. Keep theirs leaves the record as it is; Take mine writes your value back (it is sent at the next sync).</source>
        <translation>Синхрондау сақтамаған мәндер. «Олардікін қалдыру» жазбаны сол күйінде қалдырады; «Менікін алу» сіздің мәніңізді қайта жазады (ол келесі синхрондауда жіберіледі).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Now (theirs)</source>
        <translation>Қазір (олардікі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Lost (mine)</source>
        <translation>Жоғалған (менікі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Kept by</source>
        <translation>Кімдікі сақталды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="77"/>
        <source>Lost by</source>
        <translation>Кімдікі жоғалды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="84"/>
        <source>Keep theirs</source>
        <translation>Олардікін қалдыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="86"/>
        <source>Take mine</source>
        <translation>Менікін алу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="104"/>
        <source>changed later elsewhere</source>
        <translation>кейін басқа жерде өзгертілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="105"/>
        <source>deleted elsewhere</source>
        <translation>басқа жерде жойылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="106"/>
        <source>protected (issued or won)</source>
        <translation>қорғалған (шығарылған немесе сәтті)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="107"/>
        <source>not allowed</source>
        <translation>рұқсат жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="111"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="111"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="112"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="112"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="113"/>
        <source>Deal</source>
        <translation>Мәміле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="113"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="114"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="115"/>
        <source>Document line</source>
        <translation>Құжат жолы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="116"/>
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="116"/>
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="117"/>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="117"/>
        <source>number (international)</source>
        <translation>нөмірі (халықаралық)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="118"/>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="118"/>
        <source>city</source>
        <translation>қала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="119"/>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="119"/>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="120"/>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="120"/>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="121"/>
        <source>amount</source>
        <translation>сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="121"/>
        <source>total</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="122"/>
        <source>price</source>
        <translation>баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="122"/>
        <source>subject</source>
        <translation>тақырыбы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="123"/>
        <source>result</source>
        <translation>нәтиже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="123"/>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="124"/>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="124"/>
        <source>new record</source>
        <translation>жаңа жазба</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="39"/>
        <source>Add contact</source>
        <translation>Контакт қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="41"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="57"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="225"/>
        <source>Primary contact</source>
        <translation>Негізгі контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="61"/>
        <source>One phone a line, e.g. mobile: +7 701 123 45 67</source>
        <translation>Әр жолға бір телефон, мысалы mobile: +7 701 123 45 67</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="64"/>
        <source>One e-mail a line</source>
        <translation>Әр жолға бір эл. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="72"/>
        <source>Link a person…</source>
        <translation>Адаммен байланыстыру…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="75"/>
        <source>Remove link</source>
        <translation>Байланысты жою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="83"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="84"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="221"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="85"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="224"/>
        <source>Birthday</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="218"/>
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="88"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="219"/>
        <source>E-mails</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="89"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="90"/>
        <source>Related persons</source>
        <translation>Байланысты адамдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="167"/>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="177"/>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="181"/>
        <source>Link a person</source>
        <translation>Адаммен байланыстыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="168"/>
        <source>Person&apos;s or client&apos;s name, phone…</source>
        <translation>Адамның немесе клиенттің аты, телефоны…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="174"/>
        <source>No person matches {0}</source>
        <translation>{0} сұрауына сәйкес адам жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="177"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="182"/>
        <source>Relation (e.g. reports to, spouse)</source>
        <translation>Қатынас (мысалы, бағынады, жұбайы)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="33"/>
        <source>Custom fields of the client card</source>
        <translation>Клиент карточкасының қосымша өрістері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Label</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="39"/>
        <source>Choices (comma-separated)</source>
        <translation>Нұсқалар (үтір арқылы)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="43"/>
        <source>Add field</source>
        <translation>Өріс қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="46"/>
        <source>Remove field</source>
        <translation>Өрісті жою</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="68"/>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="77"/>
        <source>Dashboard</source>
        <translation>Бақылау тақтасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="118"/>
        <source>Refreshing…</source>
        <translation>Жаңартылуда…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="149"/>
        <source>Updated {0}</source>
        <translation>{0} жаңартылды</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="75"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="81"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="89"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="76"/>
        <source>Next event</source>
        <translation>Келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="77"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="80"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="82"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="90"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="83"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="91"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="84"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="88"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="109"/>
        <source>Clients of the day</source>
        <translation>Күн клиенттері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="110"/>
        <source>Agenda</source>
        <translation>Күн жоспары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="111"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="130"/>
        <source>Events on {0}: {1}</source>
        <translation>{0} оқиғалары: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="143"/>
        <source>Overdue: {0}</source>
        <translation>Мерзімі өткен: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="147"/>
        <source>Overdue ({0})</source>
        <translation>Мерзімі өткен ({0})</translation>
    </message>
</context>
<context>
    <name>DealCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="91"/>
        <source>Deal: {0}</source>
        <translation>Мәміле: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="102"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="128"/>
        <source>(not set)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="132"/>
        <source>(nobody)</source>
        <translation>(ешкім)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="137"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="138"/>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="139"/>
        <source>C&amp;ontact</source>
        <translation>К&amp;онтакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="140"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="141"/>
        <source>&amp;Stage</source>
        <translation>&amp;Кезең</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="142"/>
        <source>&amp;Amount</source>
        <translation>&amp;Сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="145"/>
        <source>&amp;Probability</source>
        <translation>&amp;Ықтималдық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="146"/>
        <source>&amp;Expected close</source>
        <translation>Күтілетін &amp;жабылу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="147"/>
        <source>&amp;Responsible</source>
        <translation>Жа&amp;уапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="148"/>
        <source>So&amp;urce</source>
        <translation>&amp;Дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="150"/>
        <source>Lost because</source>
        <translation>Сәтсіздік себебі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="157"/>
        <source>&amp;Quote…</source>
        <translation>&amp;Ұсыныс…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Discount</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="173"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="180"/>
        <source>From {0}: net {1}, VAT {2}, total {3}</source>
        <translation>{0} бойынша: ҚҚС-сыз {1}, ҚҚС {2}, барлығы {3}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="184"/>
        <source>Products</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="188"/>
        <source>Quotes and invoices</source>
        <translation>Ұсыныс, шот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="203"/>
        <source>Orders ({0})</source>
        <translation>Тапсырыстар ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="204"/>
        <source>Orders</source>
        <translation>Тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="211"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="208"/>
        <source>Events and e-mails</source>
        <translation>Оқиға, хат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="211"/>
        <source>Comment</source>
        <translation>Пікір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="217"/>
        <source>Add comment</source>
        <translation>Пікір қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="222"/>
        <source>Comments</source>
        <translation>Пікірлер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="225"/>
        <source>Days in previous</source>
        <translation>Алдыңғы кезеңдегі күндер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="229"/>
        <source>Stage history</source>
        <translation>Кезеңдер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="244"/>
        <source>The amount is not a number</source>
        <translation>Сома сан емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="296"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>«{0}» кезеңіне ауыстырылды, бірақ: {1}</translation>
    </message>
</context>
<context>
    <name>DealsBoard</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="219"/>
        <source>{0} d in stage</source>
        <translation>кезеңде {0} күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="224"/>
        <source>next: {0}</source>
        <translation>келесі: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="229"/>
        <source>close date passed</source>
        <translation>жабу мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="304"/>
        <source>Deals</source>
        <translation>Мәмілелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="352"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="355"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="358"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="361"/>
        <source>Hot or cold</source>
        <translation>Ыстық немесе суық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="362"/>
        <source>Hot and cold</source>
        <translation>Ыстық және суық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="363"/>
        <source>Hot (≥ {0} %)</source>
        <translation>Ыстық (≥ {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="364"/>
        <source>Cold (&lt; {0} %)</source>
        <translation>Суық (&lt; {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="367"/>
        <source>Won and lost in</source>
        <translation>Сәтті және сәтсіз:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="368"/>
        <source>Closed: 7 days</source>
        <translation>Жабылған: 7 күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="368"/>
        <source>Closed: 30 days</source>
        <translation>Жабылған: 30 күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="369"/>
        <source>Closed: 90 days</source>
        <translation>Жабылған: 90 күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="369"/>
        <source>Closed: a year</source>
        <translation>Жабылған: бір жыл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="374"/>
        <location filename="../../crm_desktop/ui/deals/board.py" line="375"/>
        <source>Amount from</source>
        <translation>Сома, бастап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="379"/>
        <source>Client…</source>
        <translation>Клиент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="380"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="382"/>
        <source>&amp;List</source>
        <translation>&amp;Тізім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="385"/>
        <source>&amp;Stages…</source>
        <translation>&amp;Кезеңдер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="424"/>
        <source>Everyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="425"/>
        <source>Mine</source>
        <translation>Менікі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="434"/>
        <source>Any source</source>
        <translation>Кез келген дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="552"/>
        <source>{0}
{1} · {2}</source>
        <translation>{0}
{1} · {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="546"/>
        <source>(+{0} without rate)</source>
        <translation>(+{0} бағамсыз)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="591"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="593"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="594"/>
        <source>stage {0}, {1} days</source>
        <translation>кезең {0}, {1} күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="596"/>
        <source>responsible {0}</source>
        <translation>жауапты {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="598"/>
        <source>next: {0} on {1}</source>
        <translation>келесі: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="602"/>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="628"/>
        <source>Open the deal card</source>
        <translation>Мәміле карточкасын ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="629"/>
        <source>Next stage	Ctrl+Right</source>
        <translation>Келесі кезең	Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="630"/>
        <source>Previous stage	Ctrl+Left</source>
        <translation>Алдыңғы кезең	Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="631"/>
        <source>Move to</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="664"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>«{0}» кезеңіне ауыстырылды, бірақ: {1}</translation>
    </message>
</context>
<context>
    <name>DealsListWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="39"/>
        <source>Deals — list</source>
        <translation>Мәмілелер — тізім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="43"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="44"/>
        <source>Deal</source>
        <translation>Мәміле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="45"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="46"/>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="48"/>
        <source>Probability</source>
        <translation>Ықтималдық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="50"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="51"/>
        <source>Expected close</source>
        <translation>Күтілетін жабылу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="53"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="54"/>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="67"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="99"/>
        <source>{0} deals</source>
        <translation>{0} мәміле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="100"/>
        <source>The first {0} deals (the export writes all)</source>
        <translation>Алғашқы {0} мәміле (экспортқа бәрі жазылады)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="110"/>
        <source>Export deals</source>
        <translation>Мәмілелерді экспорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="111"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="125"/>
        <source>{0} deals written to {1}</source>
        <translation>{1} файлына {0} мәміле жазылды</translation>
    </message>
</context>
<context>
    <name>DeskClaims</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="53"/>
        <source>New &amp;claim…</source>
        <translation>Жаңа &amp;шағым…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="65"/>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="84"/>
        <source>Claims</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="84"/>
        <source>Claims ({0})</source>
        <translation>Шағымдар ({0})</translation>
    </message>
</context>
<context>
    <name>DeskOrders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="76"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="81"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="82"/>
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="83"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="84"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="96"/>
        <source>Overdue orders</source>
        <translation>Мерзімі өткен тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="102"/>
        <source>Deal</source>
        <translation>Мәміле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="103"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="104"/>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="106"/>
        <source>Expected close</source>
        <translation>Күтілетін жабылу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="109"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="126"/>
        <source>Deals and orders</source>
        <translation>Мәмілелер мен тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="156"/>
        <source>Overdue orders: {0}</source>
        <translation>Мерзімі өткен тапсырыстар: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="160"/>
        <source>Orders ({0})</source>
        <translation>Тапсырыстар ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="185"/>
        <source>Deals and orders ({0}/{1})</source>
        <translation>Мәмілелер мен тапсырыстар ({0}/{1})</translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="191"/>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="195"/>
        <source>Call</source>
        <translation>Қоңырау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="192"/>
        <source>This contact person has no phone number.</source>
        <translation>Бұл байланыс тұлғасының телефон нөмірі жоқ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="196"/>
        <source>No program on this computer makes calls for {0} links. Install a softphone or choose another link type in the settings.</source>
        <translation>Бұл компьютерде {0} сілтемелері бойынша қоңырау шалатын бағдарлама жоқ. Софтфон орнатыңыз немесе баптауларда басқа сілтеме түрін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="113"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="116"/>
        <source>{0} rows</source>
        <translation>{0} жол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="120"/>
        <source>Number / subject</source>
        <translation>Нөмірі / тақырыбы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="121"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="122"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="123"/>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="125"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="126"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="740"/>
        <source>Dry run: {rule}</source>
        <translation>Сынақ іске қосу: {rule} ережесі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="743"/>
        <source>{matched} of the {checked} records checked would match. Nothing was changed.</source>
        <translation>Тексерілген {checked} жазбаның {matched} жазбасы сәйкес келер еді. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="750"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="750"/>
        <source>What would happen</source>
        <translation>Не болар еді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="761"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="57"/>
        <source>Possible duplicate</source>
        <translation>Ықтимал қайталама</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="62"/>
        <source>These clients look like the one you are saving. Open the existing one, or save anyway (your decision is recorded).</source>
        <translation>Бұл клиенттер сіз сақтап жатқан клиентке ұқсайды. Барын ашыңыз немесе бәрібір сақтаңыз (шешіміңіз тіркеледі).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="70"/>
        <source>Open existing</source>
        <translation>Барын ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="73"/>
        <source>Save anyway</source>
        <translation>Бәрібір сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="75"/>
        <source>Back to the card</source>
        <translation>Карточкаға оралу</translation>
    </message>
</context>
<context>
    <name>EmailComposerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="42"/>
        <source>E-mail — {0}</source>
        <translation>Хат — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="43"/>
        <source> (draft)</source>
        <translation> (жоба)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="51"/>
        <source>Add a contact&apos;s address…</source>
        <translation>Контакт мекенжайын қосу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="64"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="68"/>
        <source>Attachment: {0} ({1} KB)</source>
        <translation>Тіркеме: {0} ({1} КБ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="73"/>
        <source>&amp;Send</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="76"/>
        <source>Save &amp;draft</source>
        <translation>Жобаны &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="84"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="85"/>
        <source>Cc</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="86"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="66"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="66"/>
        <source>New event</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="89"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="103"/>
        <source>(inactive user)</source>
        <translation>(белсенді емес пайдаланушы)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="117"/>
        <source>No client (a task of your own)</source>
        <translation>Клиентсіз (өз тапсырмаңыз)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="119"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="120"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="121"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="122"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="123"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="124"/>
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="125"/>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="126"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="127"/>
        <source>Reminder</source>
        <translation>Еске салу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="128"/>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="129"/>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="199"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="131"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="138"/>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Аяқтау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="141"/>
        <source>Cancel &amp;event</source>
        <translation>Оқиғаны &amp;болдырмау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="149"/>
        <source>Save the event first</source>
        <translation>Алдымен оқиғаны сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="150"/>
        <source>Only a planned event</source>
        <translation>Тек жоспарланған оқиға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="157"/>
        <source>No reminder</source>
        <translation>Еске салусыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="159"/>
        <source>1 day before</source>
        <translation>1 күн бұрын</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="161"/>
        <source>1 hour before</source>
        <translation>1 сағат бұрын</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="162"/>
        <source>{0} min before</source>
        <translation>{0} мин бұрын</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="198"/>
        <source>Complete the event</source>
        <translation>Оқиғаны аяқтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="204"/>
        <source>Next step</source>
        <translation>Келесі қадам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="205"/>
        <source>Plan the next step with this client?</source>
        <translation>Осы клиентпен келесі қадамды жоспарлау керек пе?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="238"/>
        <source>Cancel the event</source>
        <translation>Оқиғаны болдырмау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="238"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>EventsReportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="41"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="45"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="46"/>
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="47"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="48"/>
        <source>Current client</source>
        <translation>Ағымдағы клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="49"/>
        <source>By type, last 90 days</source>
        <translation>Түрі бойынша, соңғы 90 күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="55"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="59"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="60"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="61"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="62"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="63"/>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="64"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="65"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="93"/>
        <source>{0} events</source>
        <translation>{0} оқиға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="101"/>
        <source>Export events</source>
        <translation>Оқиғаларды экспорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="102"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FinanceTab</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="27"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="37"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="28"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="38"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="44"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="29"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="39"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="45"/>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="30"/>
        <source>Paid</source>
        <translation>Төленді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="31"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="40"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="32"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="34"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="41"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="47"/>
        <source>Invoice</source>
        <translation>Шот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="46"/>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="48"/>
        <source>Reference</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="60"/>
        <source>Invoices for payment</source>
        <translation>Төлем шоттары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="61"/>
        <source>Sales (shipments)</source>
        <translation>Сатылымдар (жөнелтулер)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="62"/>
        <source>Payments received</source>
        <translation>Түскен төлемдер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="72"/>
        <source>Register &amp;payment…</source>
        <translation>&amp;Төлемді тіркеу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="79"/>
        <source>New &amp;claim on the invoice…</source>
        <translation>Шот бойынша жаңа &amp;шағым…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="105"/>
        <source>Invoiced: {0}</source>
        <translation>Шот жазылды: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="107"/>
        <source>overdue invoices: {0}</source>
        <translation>мерзімі өткен шоттар: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="109"/>
        <source>Shipped: {0}</source>
        <translation>Жөнелтілді: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="111"/>
        <source>Paid: {0}</source>
        <translation>Төленді: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="40"/>
        <source>Welcome to CRM Desktop</source>
        <translation>CRM Desktop бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="51"/>
        <source>This database is empty. Try the program on realistic demo data, or start with your own company.</source>
        <translation>Дерекқор бос. Бағдарламаны шынайы демо деректермен байқап көріңіз немесе өз компанияңыздан бастаңыз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="55"/>
        <source>Create demo data</source>
        <translation>Демо деректерді құру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="58"/>
        <source>Start with my company…</source>
        <translation>Өз компаниямнан бастау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="86"/>
        <source>Company name</source>
        <translation>Компания атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="87"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="88"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="89"/>
        <source>Your name</source>
        <translation>Сіздің атыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="92"/>
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="28"/>
        <source>Search clients, contacts, phones, e-mails, tax IDs, cities (Ctrl+K)</source>
        <translation>Клиенттер, контактілер, телефондар, эл. пошта, БСН/ЖСН, қалалар бойынша іздеу (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="88"/>
        <source>tax ID {0}</source>
        <translation>БСН/ЖСН {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="103"/>
        <source>Nothing found for “{0}”</source>
        <translation>«{0}» бойынша ештеңе табылмады</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="23"/>
        <source>Deal lost</source>
        <translation>Мәміле сәтсіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="30"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="33"/>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="36"/>
        <source>Why was «{0}» lost?</source>
        <translation>«{0}» неге сәтсіз аяқталды?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="37"/>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="38"/>
        <source>&amp;Comment</source>
        <translation>&amp;Түсініктеме</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="55"/>
        <source>CRM Desktop — {0}</source>
        <translation>CRM Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="80"/>
        <source>&amp;Backup now</source>
        <translation>&amp;Қазір резервтік көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="85"/>
        <source>&amp;Restore from backup…</source>
        <translation>Резервтік көшірмеден қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Шығыс хаттар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="102"/>
        <source>Product &amp;catalogue</source>
        <translation>Тауа&amp;р каталогы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенттер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112"/>
        <source>&amp;Deals board</source>
        <translation>&amp;Мәмілелер тақтасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Orders</source>
        <translation>&amp;Тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="122"/>
        <source>C&amp;laims</source>
        <translation>Ш&amp;ағымдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="126"/>
        <source>Dash&amp;board</source>
        <translation>&amp;Бақылау тақтасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="139"/>
        <source>C&amp;lients</source>
        <translation>К&amp;лиенттер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="140"/>
        <source>&amp;New partner…</source>
        <translation>Жаңа &amp;серіктес…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Import clients…</source>
        <translation>Клиенттерді &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="150"/>
        <source>&amp;Export clients…</source>
        <translation>Клиенттерді &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="154"/>
        <source>Mass &amp;mailing…</source>
        <translation>Жаппай &amp;тарату…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="160"/>
        <source>Custom &amp;fields…</source>
        <translation>Қосымша &amp;өрістер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="164"/>
        <source>&amp;Automation rules…</source>
        <translation>&amp;Автоматтандыру ережелері…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Company…</source>
        <translation>&amp;Компания…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Mail server…</source>
        <translation>&amp;Пошта сервері…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Telephony links</source>
        <translation>Теле&amp;фония сілтемелері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="190"/>
        <source>tel: (system default)</source>
        <translation>tel: (жүйедегі әдепкі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="191"/>
        <source>sip: (SIP softphone)</source>
        <translation>sip: (SIP софтфон)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="192"/>
        <source>callto: (Skype and others)</source>
        <translation>callto: (Skype және басқалар)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="201"/>
        <source>&amp;About CRM Desktop</source>
        <translation>CRM Desktop &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="206"/>
        <source>Database: {0}</source>
        <translation>Дерекқор: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="209"/>
        <source>User: {0}</source>
        <translation>Пайдаланушы: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="215"/>
        <source>Read-only: nothing can be saved</source>
        <translation>Тек оқу үшін: ештеңе сақталмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="219"/>
        <source>The database is on a read-only disk or the file is not writable. You can look everything up; copy the file to a writable folder to work in it.</source>
        <translation>Дерекқор тек оқуға арналған дискіде немесе файлға жазу мүмкін емес. Барлық деректерді қарай аласыз; жұмыс істеу үшін файлды жазуға болатын қалтаға көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="236"/>
        <source>Outbox: {0}</source>
        <translation>Шығыс хаттар: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="238"/>
        <source>not delivered: {0}</source>
        <translation>жеткізілмеді: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="241"/>
        <source>Mail that failed, was partly sent or may not have reached the server: View → Outbox</source>
        <translation>Жіберілмеген, ішінара жіберілген немесе серверге жетпеуі мүмкін хаттар: Көрініс → Шығыс хаттар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="254"/>
        <source>Messages not delivered as they should: {0}. The outbox shows why; nothing is sent again without you.</source>
        <translation>Тиісінше жеткізілмеген хаттар: {0}. Себебі шығыс хаттарда көрсетілген; сізсіз ештеңе қайта жіберілмейді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="258"/>
        <source>Mail not delivered</source>
        <translation>Хаттар жеткізілмеді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="261"/>
        <source>Open the &amp;outbox</source>
        <translation>Шығыс &amp;хаттарды ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="264"/>
        <source>Mail server &amp;settings…</source>
        <translation>Пошта серверінің &amp;баптаулары…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="384"/>
        <source>Backing up…</source>
        <translation>Резервтік көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="387"/>
        <source>Backup saved to {0}</source>
        <translation>Резервтік көшірме сақталды: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="398"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="402"/>
        <source>Restore from backup</source>
        <translation>Резервтік көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="399"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Резервтік көшірмелер (*.sqlite3);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="403"/>
        <source>Replace everything in {0} with the backup {1}? The current content is backed up first.</source>
        <translation>{0} ішіндегінің бәрін {1} резервтік көшірмесімен ауыстыру керек пе? Ағымдағы мазмұн алдымен көшірмеге сақталады.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="419"/>
        <source>Restored from {0}; the previous content is in {1}</source>
        <translation>{0} көшірмесінен қалпына келтірілді; бұрынғы мазмұн {1} ішінде</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/main_window.py" line="454"/>
        <source>Automation: %n date rule run(s) done</source>
        <translation>
            <numerusform>Автоматтандыру: күн бойынша ережелер %n рет іске қосылды</numerusform>
            <numerusform>Автоматтандыру: күн бойынша ережелер %n рет іске қосылды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="463"/>
        <source>The search index could not be built: {0}</source>
        <translation>Іздеу индексін құру мүмкін болмады: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="470"/>
        <source>Daily backup saved to {0}</source>
        <translation>Күнделікті резервтік көшірме сақталды: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="476"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="477"/>
        <source>The database {0} is damaged ({1}). Keep working only to look things up, and restore the latest backup: File → Restore from backup….</source>
        <translation>{0} дерекқоры зақымдалған ({1}). Онымен тек қарау үшін жұмыс істеңіз және соңғы резервтік көшірмені қалпына келтіріңіз: Файл → Резервтік көшірмеден қалпына келтіру….</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="487"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="488"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>Жаңа тіл бағдарлама келесі рет іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="491"/>
        <source>About CRM Desktop</source>
        <translation>CRM Desktop туралы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="492"/>
        <source>CRM Desktop {0}
The sales desk for sales teams.
Database: {1}</source>
        <translation>CRM Desktop {0}
Сату командаларына арналған менеджердің жұмыс үстелі.
Дерекқор: {1}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="64"/>
        <source>One of the clients no longer exists</source>
        <translation>Клиенттердің бірі енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="77"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="179"/>
        <source>Merge two clients</source>
        <translation>Екі клиентті біріктіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Full name</source>
        <translation>Толық атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="86"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="86"/>
        <source>Legal address</source>
        <translation>Заңды мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="88"/>
        <source>Tax ID</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="88"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Ресей)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="89"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="89"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="92"/>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Қалдыру&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="109"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="160"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="117"/>
        <source>Contacts, events, deals, documents, payments and attachments of both move to the client you keep. The other is kept as merged, so later imports meet the survivor.</source>
        <translation>Екеуінің де контактілері, оқиғалары, мәмілелері, құжаттары, төлемдері мен тіркемелері сіз қалдырған клиентке көшеді. Екіншісі біріктірілген ретінде сақталады, сондықтан кейінгі импорттар қалған клиентті табады.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="130"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="146"/>
        <source>Different tax IDs: {0} and {1}. These may be two different companies.</source>
        <translation>БСН/ЖСН әртүрлі: {0} және {1}. Бұл екі түрлі компания болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="149"/>
        <source>Different legal forms: {0} and {1}.</source>
        <translation>Ұйымдық-құқықтық нысандары әртүрлі: {0} және {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="152"/>
        <source>{0} brings {1} deals, {2} documents, {3} events.</source>
        <translation>{0} өзімен бірге {1} мәміле, {2} құжат, {3} оқиға әкеледі.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="167"/>
        <source>Merge {0} into {1}? This cannot be undone from here.</source>
        <translation>{0} клиентін {1} клиентіне біріктіру керек пе? Мұны осы жерден болдырмау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="38"/>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="46"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="47"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="48"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="49"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="50"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="94"/>
        <source>Find the client…</source>
        <translation>Клиентті табу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="107"/>
        <source>(not set)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="114"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="115"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="116"/>
        <source>C&amp;ontact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="117"/>
        <source>&amp;Due date</source>
        <translation>&amp;Мерзімі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="118"/>
        <source>&amp;Responsible</source>
        <translation>Жа&amp;уапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="119"/>
        <source>Co&amp;mment</source>
        <translation>Түсін&amp;іктеме</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="125"/>
        <source>E-mail the client about the new status</source>
        <translation>Жаңа күй туралы клиентке эл. пошта арқылы хабарлау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="135"/>
        <source>&amp;Lines</source>
        <translation>&amp;Жолдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Shipped on</source>
        <translation>Жөнелтілген күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="140"/>
        <source>Record &amp;shipment of what is left</source>
        <translation>&amp;Қалғанын жөнелтуді тіркеу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="145"/>
        <source>S&amp;hipments</source>
        <translation>Жөне&amp;лтулер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="148"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Тарихы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="153"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="157"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="159"/>
        <source>New c&amp;laim…</source>
        <translation>Жаңа &amp;шағым…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="180"/>
        <source>New order</source>
        <translation>Жаңа тапсырыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="181"/>
        <source>(given when saved)</source>
        <translation>(сақтағанда беріледі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="205"/>
        <source>Add a product from the catalogue: code or name…</source>
        <translation>Каталогтан тауар қосу: коды немесе атауы…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="206"/>
        <source>&amp;Remove line</source>
        <translation>Жолды жо&amp;ю</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Unit</source>
        <translation>Өлш.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>Discount, %</source>
        <translation>Жеңілдік, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>VAT, %</source>
        <translation>ҚҚС, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="234"/>
        <source>Order {0}</source>
        <translation>Тапсырыс {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="235"/>
        <source>{0} of {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="268"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="271"/>
        <source>Status: {0}</source>
        <translation>Күйі: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="273"/>
        <source>overdue since {0}</source>
        <translation>{0} бастап мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="315"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="421"/>
        <source>Total {0}, VAT {1}</source>
        <translation>Барлығы {0}, ҚҚС {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="427"/>
        <source>Choose the client first</source>
        <translation>Алдымен клиентті таңдаңыз</translation>
    </message>
</context>
<context>
    <name>OrdersWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="52"/>
        <source>Orders</source>
        <translation>Тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="64"/>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="65"/>
        <source>Open (not delivered or cancelled)</source>
        <translation>Ашық (жеткізілмеген және болдырылмаған)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>Тек &amp;мерзімі өткендер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="70"/>
        <source>&amp;Mine</source>
        <translation>Мені&amp;кі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="76"/>
        <source>Number or client…</source>
        <translation>Нөмірі немесе клиент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="78"/>
        <source>&amp;New order…</source>
        <translation>Жаңа &amp;тапсырыс…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="83"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="85"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="134"/>
        <source>(any)</source>
        <translation>(кез келген)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="168"/>
        <source>{0} orders, {1} overdue</source>
        <translation>{0} тапсырыс, {1} мерзімі өткен</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="35"/>
        <source>Outbox</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="38"/>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Queued</source>
        <translation>Кезекке қойылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="39"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="42"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="43"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="44"/>
        <source>Attempts</source>
        <translation>Әрекет саны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="45"/>
        <source>Server&apos;s answer</source>
        <translation>Сервер жауабы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="49"/>
        <source>Show sent mail</source>
        <translation>Жіберілгендерді көрсету</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="54"/>
        <source>Open &amp;draft…</source>
        <translation>&amp;Жобаны ашу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="55"/>
        <source>&amp;Retry</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="56"/>
        <source>&amp;Cancel message</source>
        <translation>Хатты &amp;болдырмау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="57"/>
        <source>Open in mail &amp;client</source>
        <translation>&amp;Пошта клиентінде ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Sending</source>
        <translation>Жіберілуде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="74"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="75"/>
        <source>Will retry</source>
        <translation>Қайталанады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="76"/>
        <source>Failed</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="77"/>
        <source>Interrupted: check before resending</source>
        <translation>Үзілді: қайта жібермес бұрын тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="78"/>
        <source>Partly sent: some addresses refused</source>
        <translation>Ішінара жіберілді: кейбір мекенжайлар қабылдамады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="79"/>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="80"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="35"/>
        <source>Payment for {0}</source>
        <translation>{0} бойынша төлем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="48"/>
        <source>Outstanding</source>
        <translation>Төлеуге қалғаны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="49"/>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="50"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="51"/>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="52"/>
        <source>Reference</source>
        <translation>Негіздеме</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="42"/>
        <source>Sales plan</source>
        <translation>Сату жоспары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="48"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="55"/>
        <source>Currency: {0}</source>
        <translation>Валюта: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="109"/>
        <source>{0}, month {1}: {2}</source>
        <translation>{0}, {1}-ай: {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="110"/>
        <source>not an amount</source>
        <translation>сома емес</translation>
    </message>
</context>
<context>
    <name>PriceImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="46"/>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="112"/>
        <source>Import prices and stock</source>
        <translation>Бағалар мен қалдықтарды импорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Product code</source>
        <translation>Тауар коды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Minimum price</source>
        <translation>Ең төмен баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Stock</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="55"/>
        <source>Warehouse</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="56"/>
        <source>Price: {0}</source>
        <translation>Баға: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="58"/>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="60"/>
        <source>CSV or XLSX from the accounting system</source>
        <translation>Есепке алу жүйесінен CSV немесе XLSX</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="76"/>
        <source>— from the file —</source>
        <translation>— файлдан —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="79"/>
        <source>Stock goes to</source>
        <translation>Қалдықтар қоймасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="80"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Кейбір жолдарда қате болса да, дұрыс жолдарды импорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="82"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="89"/>
        <source>Save the report…</source>
        <translation>Есепті сақтау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="113"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Кестелер (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="130"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} жол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="142"/>
        <source>— not in the file —</source>
        <translation>— файлда жоқ —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="176"/>
        <source>Imported: {0} products updated, {1} stock levels set.</source>
        <translation>Импортталды: {0} тауар жаңартылды, {1} қалдық орнатылды.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="72"/>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="72"/>
        <source>New product</source>
        <translation>Жаңа тауар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="91"/>
        <source>Active (offered in quotes)</source>
        <translation>Белсенді (ұсыныстарда ұсынылады)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="95"/>
        <source>Price type</source>
        <translation>Баға түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="95"/>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="104"/>
        <source>Warehouse</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="104"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="141"/>
        <source>Stock</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="115"/>
        <source>No photo</source>
        <translation>Фото жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="123"/>
        <source>Choose photo…</source>
        <translation>Фото таңдау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="131"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="132"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="133"/>
        <source>Unit</source>
        <translation>Өлш.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="134"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="135"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="136"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="206"/>
        <source>Recommended price</source>
        <translation>Ұсынылатын баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="137"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="207"/>
        <source>Minimum price</source>
        <translation>Ең төмен баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="138"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="208"/>
        <source>VAT %</source>
        <translation>ҚҚС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="140"/>
        <source>Prices by type</source>
        <translation>Түрлері бойынша бағалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="142"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="178"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="179"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="35"/>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айтару</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="36"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Қию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="37"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="38"/>
        <source>&amp;Paste</source>
        <translation>Қ&amp;ою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="39"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="40"/>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="53"/>
        <source>Show Details...</source>
        <translation>Мәліметтерді көрсету...</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="54"/>
        <source>Hide Details...</source>
        <translation>Мәліметтерді жасыру...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="14"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="15"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="16"/>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="17"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="19"/>
        <source>Yes to &amp;All</source>
        <translation>Барлығына и&amp;ә</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="20"/>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="21"/>
        <source>N&amp;o to All</source>
        <translation>Барлығына ж&amp;оқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="22"/>
        <source>Abort</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="23"/>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="24"/>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="25"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="26"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="27"/>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="28"/>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="29"/>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="30"/>
        <source>Reset</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>Әдепкі мәндерді қайтару</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айтару</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Қию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="47"/>
        <source>Copy &amp;Link Location</source>
        <translation>Сілтеме &amp;мекенжайын көшіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>Қ&amp;ою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="49"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="50"/>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QuickQuoteDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="96"/>
        <source>Quick quote — {0}</source>
        <translation>Жылдам ұсыныс — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="122"/>
        <source>Quote</source>
        <translation>Коммерциялық ұсыныс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="151"/>
        <source>&amp;Terms…</source>
        <translation>&amp;Шарттар…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="163"/>
        <source>Code or name; Enter adds, ↓ goes to the list</source>
        <translation>Коды немесе атауы; Enter — қосу, ↓ — тізімге өту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="172"/>
        <source>All products</source>
        <translation>Барлық тауарлар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="193"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="194"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="195"/>
        <source>Unit</source>
        <translation>Өлш.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="202"/>
        <source>Total stock</source>
        <translation>Барлық қоймаларда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="203"/>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="205"/>
        <source>Minimum</source>
        <translation>Ең төмен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="215"/>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="418"/>
        <source>No photo</source>
        <translation>Фото жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="242"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="243"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="244"/>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="245"/>
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="246"/>
        <source>Price paid</source>
        <translation>Сатылған бағасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="275"/>
        <source>Save &amp;draft</source>
        <translation>&amp;Жобаны сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="277"/>
        <source>Send &amp;quote</source>
        <translation>Ұсынысты жі&amp;беру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="279"/>
        <source>&amp;Sell: send invoice</source>
        <translation>&amp;Сату: шот жіберу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="321"/>
        <source>The new terms apply from the next quote; this one keeps its prices.</source>
        <translation>Жаңа шарттар келесі ұсыныстан бастап қолданылады; бұл ұсыныстың бағалары өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="334"/>
        <source>Price type: {0} · discount {1} % · {2} · payment in {3} days</source>
        <translation>Баға түрі: {0} · жеңілдік {1} % · {2} · төлем {3} күн ішінде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="429"/>
        <source>Past deals of the client ({0})</source>
        <translation>Клиенттің бұрынғы мәмілелері ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="435"/>
        <source>Past deals of the client: {0} ({1})</source>
        <translation>Клиенттің бұрынғы мәмілелері: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="436"/>
        <source>No past deals for {0}</source>
        <translation>{0} бойынша бұрынғы мәмілелер жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="452"/>
        <source>That deal was in {0}; this quote is in {1}.</source>
        <translation>Ол мәміле {0} валютасында болды; бұл ұсыныс {1} валютасында.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="457"/>
        <source>{0} is no longer in the catalogue.</source>
        <translation>{0} каталогта енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="474"/>
        <source>{0}: only {1} in stock.</source>
        <translation>{0}: қоймада тек {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="483"/>
        <source>Net: {0}</source>
        <translation>ҚҚС-сыз: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="486"/>
        <source>VAT: {0}</source>
        <translation>ҚҚС: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="488"/>
        <source>Total: {0}</source>
        <translation>Барлығы: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="493"/>
        <source>Quick quote</source>
        <translation>Жылдам ұсыныс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="501"/>
        <source>Price below the minimum</source>
        <translation>Баға ең төменгіден төмен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="502"/>
        <source>Some prices are below the minimum. Your reason for approving them:</source>
        <translation>Кейбір бағалар ең төменгіден төмен. Оларды келісу себебі:</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Unit</source>
        <translation>Өлш.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>Discount %</source>
        <translation>Жеңілдік %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>VAT %</source>
        <translation>ҚҚС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="103"/>
        <source>Below the minimum price {0}</source>
        <translation>Ең төмен бағадан {0} төмен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="106"/>
        <source>Only {0} in stock</source>
        <translation>Қоймада тек {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="137"/>
        <source>{0}: only {1} in stock; the quote keeps {2}.</source>
        <translation>{0}: қоймада тек {1}; ұсыныста {2} қалады.</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="36"/>
        <source>Claim reasons</source>
        <translation>Шағым себептері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="46"/>
        <source>Only the head of sales or the admin edits this list.</source>
        <translation>Бұл тізімді тек сату бөлімінің басшысы немесе әкімші өзгертеді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="51"/>
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="57"/>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="60"/>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="63"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>RegistrationAssistant</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="66"/>
        <source>New partner</source>
        <translation>Жаңа серіктес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="87"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="88"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="89"/>
        <source>Tax ID</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="90"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="91"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="92"/>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="93"/>
        <source>Type the name, tax ID, phone or e-mail.</source>
        <translation>Атауын, БСН/ЖСН, телефонды немесе эл. поштаны енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="98"/>
        <source>Open existing</source>
        <translation>Барын ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="102"/>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="106"/>
        <source>Full card…</source>
        <translation>Толық карточка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="150"/>
        <source>Already known? {0} similar client(s) below.</source>
        <translation>Бұрыннан бар ма? Төменде {0} ұқсас клиент.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="153"/>
        <source>No similar client found.</source>
        <translation>Ұқсас клиент табылмады.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="174"/>
        <source>Possible duplicate</source>
        <translation>Ықтимал қайталама</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="175"/>
        <source>{0} looks like a client we already have. Create anyway? Your decision is recorded.</source>
        <translation>{0} бізде бар клиентке ұқсайды. Бәрібір құру керек пе? Шешіміңіз тіркеледі.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="43"/>
        <source>Reminders</source>
        <translation>Еске салулар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="46"/>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="47"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="48"/>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="53"/>
        <source>&amp;Snooze 10 min</source>
        <translation>10 минутқа &amp;кейінге қалдыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="55"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="57"/>
        <source>&amp;Done</source>
        <translation>&amp;Орындалды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="59"/>
        <source>D&amp;ismiss</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="61"/>
        <source>Select &amp;all</source>
        <translation>&amp;Барлығын таңдау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="83"/>
        <source>{0} reminders</source>
        <translation>{0} еске салу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="85"/>
        <source>{0} missed while the program was closed</source>
        <translation>Бағдарлама жабық кезде {0} өткізіп алынды</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="134"/>
        <source>CRM Desktop reminder</source>
        <translation>CRM Desktop еске салуы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="137"/>
        <source>{0} reminders</source>
        <translation>Еске салулар: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="158"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="293"/>
        <source>&amp;Run</source>
        <translation>&amp;Іске қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="296"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="311"/>
        <source>Sales &amp;plan…</source>
        <translation>Сату &amp;жоспары…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="316"/>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX экспорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="316"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF экспорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="317"/>
        <source>Chart as P&amp;NG…</source>
        <translation>Диаграмма P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="331"/>
        <source>Team: {0}</source>
        <translation>Команда: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="337"/>
        <source>Category: {0}</source>
        <translation>Санат: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="432"/>
        <source>Running…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="455"/>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="468"/>
        <source>{0} rows</source>
        <translation>{0} жол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="533"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="534"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="534"/>
        <source>Images (*.png)</source>
        <translation>Суреттер (*.png)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="536"/>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="561"/>
        <source>Saved to {0}</source>
        <translation>{0} файлына сақталды</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="86"/>
        <source>Reject the claim</source>
        <translation>Шағымды қабылдамау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="87"/>
        <source>Resolve the claim</source>
        <translation>Шағымды шешу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="91"/>
        <source>(choose)</source>
        <translation>(таңдаңыз)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="97"/>
        <source>(not asked)</source>
        <translation>(сұралмаған)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="98"/>
        <source>1 — not at all satisfied … 5 — fully satisfied</source>
        <translation>1 — мүлдем қанағаттанбады … 5 — толық қанағаттанды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="102"/>
        <source>&amp;Result</source>
        <translation>&amp;Нәтиже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="103"/>
        <source>&amp;Satisfaction (1-5)</source>
        <translation>&amp;Қанағаттану (1-5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="104"/>
        <source>Why it is &amp;rejected</source>
        <translation>Неге қа&amp;былданбады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="104"/>
        <source>What was &amp;done</source>
        <translation>Не &amp;істелді</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="350"/>
        <source>Automation rules</source>
        <translation>Автоматтандыру ережелері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="366"/>
        <source>Only the head of sales or the admin changes rules: you can look and try a dry run.</source>
        <translation>Ережелерді тек сату бөлімінің басшысы немесе әкімші өзгертеді: сіз оларды қарап, сынақ іске қосуды орындай аласыз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="381"/>
        <source>&amp;New</source>
        <translation>&amp;Жаңа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="384"/>
        <source>From a &amp;template</source>
        <translation>&amp;Үлгіден</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="387"/>
        <source>Reactivation (no purchase for N days)</source>
        <translation>Қайта белсендіру (N күн бойы сатып алу жоқ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="391"/>
        <source>Lead distribution (round-robin)</source>
        <translation>Лидтерді бөлу (кезекпен)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="395"/>
        <source>&amp;Delete</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="402"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="405"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="408"/>
        <source>Run &amp;log…</source>
        <translation>Іске қосу &amp;журналы…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="424"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="425"/>
        <source>Switched on (off until the dry run looks right)</source>
        <translation>Қосулы (сынақ іске қосу дұрыс нәтиже бергенше өшірулі қалдырыңыз)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="431"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="435"/>
        <source>If</source>
        <translation>Егер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="442"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="547"/>
        <source>to (any value if empty)</source>
        <translation>жаңа мәні (бос болса — кез келген)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="446"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="456"/>
        <source>and</source>
        <translation>және</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="457"/>
        <source>all of these hold</source>
        <translation>барлық шарт орындалса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="458"/>
        <source>any of these holds</source>
        <translation>кез келген шарт орындалса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="461"/>
        <source>Add a &amp;condition</source>
        <translation>&amp;Шарт қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="470"/>
        <source>Then</source>
        <translation>Онда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="475"/>
        <source>Add an &amp;action</source>
        <translation>Ә&amp;рекет қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="493"/>
        <source>&amp;Dry run: what would happen?</source>
        <translation>Сынақ іске &amp;қосу: не болар еді?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="496"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="546"/>
        <source>stage name</source>
        <translation>кезең атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="549"/>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="698"/>
        <source>Export rules</source>
        <translation>Ережелерді экспорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="704"/>
        <source>Import rules</source>
        <translation>Ережелерді импорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="713"/>
        <source>(new rule)</source>
        <translation>(жаңа ереже)</translation>
    </message>
</context>
<context>
    <name>RunLogWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="48"/>
        <source>Automation: run log</source>
        <translation>Автоматтандыру: іске қосу журналы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="59"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="62"/>
        <source>every run</source>
        <translation>барлық іске қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="62"/>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="159"/>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="63"/>
        <source>errors</source>
        <translation>қателер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="63"/>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="160"/>
        <source>stopped</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="70"/>
        <source>Show &amp;all runs</source>
        <translation>Барлық іске қосуларды &amp;көрсету</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="88"/>
        <source>What it did, or why not</source>
        <translation>Не істеді немесе неге істемеді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="94"/>
        <source>Double-click a run: why did this happen to its record?</source>
        <translation>Іске қосуды екі рет басыңыз: оның жазбасымен бұл неге болды?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="97"/>
        <source>Runs</source>
        <translation>Іске қосулар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="102"/>
        <source>Leads and deals the rules assigned since</source>
        <translation>Ережелер тағайындаған лидтер мен мәмілелер, басталу күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="111"/>
        <source>Save who is &amp;away</source>
        <translation>Жұмыста &amp;жоқтарды сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Away (skipped)</source>
        <translation>Жұмыста жоқ (өткізіледі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Assigned by rules</source>
        <translation>Ережелер тағайындады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="121"/>
        <source>Open deals</source>
        <translation>Ашық мәмілелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="121"/>
        <source>Leads</source>
        <translation>Лидтер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="127"/>
        <source>Distribution per manager</source>
        <translation>Менеджерлер бойынша бөлу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="144"/>
        <source>Why: {record}</source>
        <translation>Неге: {record}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="159"/>
        <source>error</source>
        <translation>қате</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="176"/>
        <source>{count} runs</source>
        <translation>Іске қосулар: {count}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="35"/>
        <source>Sign in to a team server</source>
        <translation>Командалық серверге кіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="41"/>
        <source>server:8443</source>
        <translation>сервер:8443</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="47"/>
        <source>Connect</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="53"/>
        <source>It is the fingerprint the server printed</source>
        <translation>Бұл сервер көрсеткен саусақ ізі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="61"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="63"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="64"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="67"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="94"/>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="109"/>
        <source>The server&apos;s certificate is trusted by this computer.</source>
        <translation>Бұл компьютер сервер сертификатына сенеді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="113"/>
        <source>Certificate accepted earlier, SHA-256:
{0}</source>
        <translation>Бұрын қабылданған сертификат, SHA-256:
{0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="117"/>
        <source>First connection to this server. Compare its certificate&apos;s SHA-256 fingerprint with the one the server printed when it started:
{0}</source>
        <translation>Бұл серверге алғашқы қосылу. Оның сертификатының SHA-256 саусақ ізін сервер іске қосылғанда көрсеткенмен салыстырыңыз:
{0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="137"/>
        <source>Signing in…</source>
        <translation>Кіру…</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="29"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="130"/>
        <source>Mail server</source>
        <translation>Пошта сервері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="37"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="37"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="38"/>
        <source>None (unencrypted)</source>
        <translation>Жоқ (шифрлаусыз)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="47"/>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation>жүйелік құпиясөз қоймасында сақталады; бос болса, бұрынғысы қалады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="53"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="54"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="55"/>
        <source>Security</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="57"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="58"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="59"/>
        <source>From (address)</source>
        <translation>Жіберуші (мекенжай)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="60"/>
        <source>From (name)</source>
        <translation>Жіберуші (аты)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="63"/>
        <source>Send a &amp;test e-mail</source>
        <translation>&amp;Сынақ хат жіберу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="79"/>
        <source>Without encryption the password and the mail travel in clear text.</source>
        <translation>Шифрлаусыз құпиясөз бен хаттар ашық мәтінмен беріледі.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="88"/>
        <source>Sending…</source>
        <translation>Жіберілуде…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="94"/>
        <source>Sent to {0}.</source>
        <translation>{0} мекенжайына жіберілді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="95"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="100"/>
        <source>Not sent: {0}</source>
        <translation>Жіберілмеді: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="131"/>
        <source>There is no secure keychain on this computer (only {0}, which would keep the password readable in a file), so the password cannot be stored.

Use it for this session only? It is asked again after the next start. To store it, install a keychain service (GNOME Keyring or KWallet) and save it again.</source>
        <translation>Бұл компьютерде сенімді құпиясөз қоймасы жоқ (тек {0} бар, онда құпиясөз файлда оқылатын күйде сақталар еді), сондықтан құпиясөзді сақтау мүмкін емес.

Оны тек осы сеанста пайдалану керек пе? Келесі іске қосудан кейін ол қайта сұралады. Сақтау үшін құпиясөз қоймасы қызметін (GNOME Keyring немесе KWallet) орнатып, қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="137"/>
        <source>Use for this &amp;session only</source>
        <translation>Тек осы &amp;сеанс үшін</translation>
    </message>
</context>
<context>
    <name>StageEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="44"/>
        <source>Pipelines and stages</source>
        <translation>Воронкалар мен кезеңдер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="49"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="149"/>
        <source>New pipeline</source>
        <translation>Жаңа воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="50"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="152"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="51"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="153"/>
        <source>Won</source>
        <translation>Сәтті</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="52"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="154"/>
        <source>Lost</source>
        <translation>Сәтсіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="77"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <source>Probability, %</source>
        <translation>Ықтималдық, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="65"/>
        <source>Required to enter (comma-separated)</source>
        <translation>Кіру үшін міндетті (үтір арқылы)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="66"/>
        <source>Allowed next stages (comma-separated)</source>
        <translation>Рұқсат етілген келесі кезеңдер (үтір арқылы)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="70"/>
        <source>Stage names a deal may move to from this one. Empty: a strict pipeline allows the next stage and the outcomes, a manual one any stage.</source>
        <translation>Мәміле осы кезеңнен өте алатын кезеңдердің атаулары. Бос болса: қатаң воронка келесі кезеңге және нәтижелерге, қолмен басқарылатын воронка кез келген кезеңге рұқсат етеді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="76"/>
        <source>&amp;Add stage</source>
        <translation>Кезең &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="78"/>
        <source>&amp;Remove stage</source>
        <translation>Кезеңді жо&amp;ю</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="80"/>
        <source>Move &amp;up</source>
        <translation>&amp;Жоғары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="82"/>
        <source>Move &amp;down</source>
        <translation>Тө&amp;мен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="84"/>
        <source>&amp;New pipeline…</source>
        <translation>Жаңа &amp;воронка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="102"/>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="103"/>
        <source>&amp;Mode</source>
        <translation>&amp;Режимі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="108"/>
        <source>Fields a stage can require: {0}</source>
        <translation>Кезең талап ете алатын өрістер: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="109"/>
        <source>Loss reasons, one a line:</source>
        <translation>Сәтсіздік себептері, әр жолға біреуден:</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="54"/>
        <source>Receiving %p%</source>
        <translation>Қабылдау %p%</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="59"/>
        <source>S&amp;ync</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="61"/>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="64"/>
        <source>Conflicts…</source>
        <translation>Қайшылықтар…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="83"/>
        <source>Offline — {0} waiting</source>
        <translation>Желіден тыс — {0} күтуде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="85"/>
        <source>Not synced yet — {0} waiting</source>
        <translation>Әлі синхрондалмаған — {0} күтуде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="87"/>
        <source>Synced at {0}, {1} waiting</source>
        <translation>{0} синхрондалды, {1} күтуде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="90"/>
        <source> · {0} conflicts</source>
        <translation> · қайшылықтар: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="92"/>
        <source>{0} as {1}</source>
        <translation>{0}, {1} ретінде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="99"/>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="109"/>
        <source>the team server does not answer</source>
        <translation>команда сервері жауап бермейді</translation>
    </message>
</context>
<context>
    <name>TeamControls</name>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="39"/>
        <source>&amp;Team</source>
        <translation>Ко&amp;манда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="41"/>
        <source>Sign in to a team server…</source>
        <translation>Командалық серверге кіру…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="44"/>
        <source>Switch user…</source>
        <translation>Пайдаланушыны ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="47"/>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="50"/>
        <source>Users…</source>
        <translation>Пайдаланушылар…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="59"/>
        <source>Team: connecting…</source>
        <translation>Команда: қосылуда…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="76"/>
        <source>Team: {0} ({1}) on {2}</source>
        <translation>Команда: {0} ({1}), {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="80"/>
        <source>Team: signed out — working on this computer</source>
        <translation>Команда: кірмеген — осы компьютерде жұмыс</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="33"/>
        <source>Terms of sale — {0}</source>
        <translation>Сату шарттары — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="55"/>
        <source>Price type</source>
        <translation>Баға түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="56"/>
        <source>Discount</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="57"/>
        <source>Payment days</source>
        <translation>Төлем күндері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="58"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="65"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="69"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="69"/>
        <source>State</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="75"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="76"/>
        <source>Disable</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="77"/>
        <source>Enable</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="78"/>
        <source>Reset password…</source>
        <translation>Құпиясөзді ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="79"/>
        <source>Change role…</source>
        <translation>Рөлді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="121"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="121"/>
        <source>disabled</source>
        <translation>өшірулі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="152"/>
        <source>Reset password</source>
        <translation>Құпиясөзді ауыстыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="153"/>
        <source>New password for {0}:</source>
        <translation>{0} үшін жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="163"/>
        <source>Change role</source>
        <translation>Рөлді өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="164"/>
        <source>Role of {0}:</source>
        <translation>{0} рөлі:</translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="80"/>
        <source>Warehouses</source>
        <translation>Қоймалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="86"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="90"/>
        <source>&amp;Add warehouse</source>
        <translation>Қойма &amp;қосу</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="71"/>
        <source> (process {0} on {1})</source>
        <translation> ({1} компьютеріндегі {0} процесі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="73"/>
        <source>The database {0} is already open in CRM Desktop{1}. Switch to that window, or close it and start again.</source>
        <translation>{0} дерекқоры CRM Desktop{1} бағдарламасында ашық тұр. Сол терезеге ауысыңыз немесе оны жауып, қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="88"/>
        <location filename="../../crm_desktop/ui/app.py" line="92"/>
        <location filename="../../crm_desktop/ui/app.py" line="111"/>
        <location filename="../../crm_desktop/ui/app.py" line="130"/>
        <location filename="../../crm_desktop/ui/app.py" line="138"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="93"/>
        <source>The database {0} is on a network share. SQLite&apos;s locking over SMB is not reliable and shared use can damage the file. For a team, use a PostgreSQL server (crm-desktop --db postgresql+psycopg://…).</source>
        <translation>{0} дерекқоры желілік қалтада орналасқан. SMB арқылы SQLite құлыптары сенімсіз, ортақ пайдалану файлды бүлдіруі мүмкін. Команда үшін PostgreSQL серверін пайдаланыңыз (crm-desktop --db postgresql+psycopg://…).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="112"/>
        <source>If the file is damaged, restore the latest backup: crm-desktop db restore BACKUP-FILE (backups are in the backups folder beside the database).</source>
        <translation>Файл зақымдалса, соңғы резервтік көшірмені қалпына келтіріңіз: crm-desktop db restore КӨШІРМЕ-ФАЙЛЫ (көшірмелер дерекқордың жанындағы backups қалтасында).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="131"/>
        <source>The database has no active user.</source>
        <translation>Дерекқорда белсенді пайдаланушы жоқ.</translation>
    </message>
</context>
<context>
    <name>automation</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="22"/>
        <source>a client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="23"/>
        <source>a deal</source>
        <translation>мәміле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="24"/>
        <source>an order</source>
        <translation>тапсырыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="25"/>
        <source>a claim</source>
        <translation>шағым</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="26"/>
        <source>an invoice</source>
        <translation>шот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="27"/>
        <source>an event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="33"/>
        <source>is created</source>
        <translation>құрылса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="34"/>
        <source>has a field changed</source>
        <translation>өрісі өзгерсе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="35"/>
        <source>enters the stage</source>
        <translation>кезеңге өтсе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="36"/>
        <source>reaches a date</source>
        <translation>күні келсе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="37"/>
        <source>has had no activity for</source>
        <translation>белсенділіксіз тұрса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="38"/>
        <source>has bought nothing (no paid invoice) for</source>
        <translation>ештеңе сатып алмаса (төленген шот жоқ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="39"/>
        <source>is picked by hand</source>
        <translation>қолмен таңдалса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="45"/>
        <source>is</source>
        <translation>тең</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="46"/>
        <source>is not</source>
        <translation>тең емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="47"/>
        <source>is one of</source>
        <translation>мыналардың бірі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="48"/>
        <source>is empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="49"/>
        <source>is more than</source>
        <translation>артық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="50"/>
        <source>is less than</source>
        <translation>кем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="51"/>
        <source>changed to</source>
        <translation>мынаған өзгерді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="52"/>
        <source>was at least N days ago</source>
        <translation>кемінде N күн бұрын болды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="58"/>
        <source>set a field</source>
        <translation>өрісті толтыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="59"/>
        <source>assign a manager</source>
        <translation>менеджер тағайындау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="60"/>
        <source>create a task</source>
        <translation>тапсырма құру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="61"/>
        <source>plan an event</source>
        <translation>оқиға жоспарлау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="62"/>
        <source>open a deal</source>
        <translation>мәміле ашу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="63"/>
        <source>move the deal to a stage</source>
        <translation>мәмілені кезеңге ауыстыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="64"/>
        <source>add a tag</source>
        <translation>тег қосу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="65"/>
        <source>remove a tag</source>
        <translation>тегті алып тастау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="66"/>
        <source>queue an e-mail from a template</source>
        <translation>үлгіден хатты кезекке қою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="67"/>
        <source>notify a user in the program</source>
        <translation>бағдарламада пайдаланушыға хабарлау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="68"/>
        <source>make a document (quote copy or letter)</source>
        <translation>құжат жасау (коммерциялық ұсыныс көшірмесі немесе хат)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="69"/>
        <source>call a web hook</source>
        <translation>веб-хукқа қоңырау жасау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="75"/>
        <source>to a person</source>
        <translation>адамға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="76"/>
        <source>in turn (round-robin) among</source>
        <translation>кезекпен (round-robin), мыналар арасында</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="77"/>
        <source>to the least busy of</source>
        <translation>ең аз жүктелгенге, мыналардың ішінен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="78"/>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="88"/>
        <source>by a table</source>
        <translation>кесте бойынша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="85"/>
        <source>fixed person</source>
        <translation>бекітілген қызметкер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="86"/>
        <source>round-robin</source>
        <translation>кезекпен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="87"/>
        <source>least busy</source>
        <translation>ең аз жүктелген</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="95"/>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="95"/>
        <source>amount</source>
        <translation>сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="96"/>
        <source>chain</source>
        <translation>желі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="96"/>
        <source>city</source>
        <translation>қала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="97"/>
        <source>claim date</source>
        <translation>шағым күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="98"/>
        <source>kind of claimant</source>
        <translation>шағымданушы түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="99"/>
        <source>closing time</source>
        <translation>жабылу уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="99"/>
        <source>comment</source>
        <translation>түсініктеме</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="100"/>
        <source>completion time</source>
        <translation>орындалған уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="101"/>
        <source>confirmation time</source>
        <translation>растау уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="102"/>
        <source>content</source>
        <translation>мазмұны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="102"/>
        <source>country</source>
        <translation>ел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="103"/>
        <source>creation time</source>
        <translation>құрылған уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="104"/>
        <source>person at fault</source>
        <translation>кінәлі адам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="105"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="105"/>
        <source>department</source>
        <translation>бөлім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="106"/>
        <source>direction</source>
        <translation>бағыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="106"/>
        <source>due time</source>
        <translation>мерзімі (уақыты)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="107"/>
        <source>due date</source>
        <translation>мерзімі (күні)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="107"/>
        <source>end time</source>
        <translation>аяқталу уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="108"/>
        <source>essence</source>
        <translation>мәні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="109"/>
        <source>expected close</source>
        <translation>күтілетін жабылу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="110"/>
        <source>full name</source>
        <translation>толық атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="111"/>
        <source>investigation start</source>
        <translation>тексерудің басталуы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="112"/>
        <source>issue date</source>
        <translation>шығарылған күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="112"/>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="113"/>
        <source>legal address</source>
        <translation>заңды мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="114"/>
        <source>loss comment</source>
        <translation>сәтсіздік түсініктемесі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="115"/>
        <source>loss reason</source>
        <translation>сәтсіздік себебі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="115"/>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="116"/>
        <source>net total</source>
        <translation>ҚҚС-сыз барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="116"/>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="117"/>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="117"/>
        <source>order date</source>
        <translation>тапсырыс күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="118"/>
        <source>pipeline</source>
        <translation>воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="118"/>
        <source>probability</source>
        <translation>ықтималдық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="119"/>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="120"/>
        <source>registration time</source>
        <translation>тіркелген уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="121"/>
        <source>rejection time</source>
        <translation>қабылданбаған уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="121"/>
        <source>remedy</source>
        <translation>талап етілген шара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="122"/>
        <source>reminder time</source>
        <translation>еске салу уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="123"/>
        <source>resolution</source>
        <translation>шешім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="124"/>
        <source>resolution time</source>
        <translation>шешілген уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="125"/>
        <source>responsible</source>
        <translation>жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="125"/>
        <source>result</source>
        <translation>нәтиже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="126"/>
        <source>satisfaction</source>
        <translation>қанағаттану</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="127"/>
        <source>severity</source>
        <translation>маңызы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="127"/>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="128"/>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="128"/>
        <source>stage</source>
        <translation>кезең</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="129"/>
        <source>time in the stage since</source>
        <translation>кезеңге кірген уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="130"/>
        <source>start time</source>
        <translation>басталу уақыты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="130"/>
        <source>status</source>
        <translation>күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="131"/>
        <source>status change time</source>
        <translation>күйі өзгерген уақыт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="132"/>
        <source>subject</source>
        <translation>тақырыбы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="132"/>
        <source>tax ID</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="133"/>
        <source>second tax ID</source>
        <translation>екінші БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="133"/>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="134"/>
        <source>total</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="134"/>
        <source>type</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="135"/>
        <source>VAT included</source>
        <translation>ҚҚС кіреді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="136"/>
        <source>VAT total</source>
        <translation>ҚҚС сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="136"/>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="142"/>
        <source>custom field {name}</source>
        <translation>«{name}» қосымша өрісі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="148"/>
        <source>the record&apos;s manager</source>
        <translation>жазбаның менеджері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="157"/>
        <source>set {field} to {value}</source>
        <translation>«{field}» өрісіне {value} мәнін жазу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="168"/>
        <source>{by}</source>
        <translation>{by}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="169"/>
        <source>assign {how} {who}</source>
        <translation>менеджер тағайындау {how}: {who}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="173"/>
        <source>{what} &quot;{subject}&quot;, due in {days} days, for {who}</source>
        <translation>{what}: «{subject}», мерзімі {days} күннен кейін, орындаушы: {who}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="180"/>
        <source>open a deal &quot;{title}&quot; in {pipeline}</source>
        <translation>«{title}» мәмілесін ашу, воронка: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="182"/>
        <source>the default pipeline</source>
        <translation>әдепкі воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="185"/>
        <source>move the deal to {stage}</source>
        <translation>мәмілені «{stage}» кезеңіне ауыстыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="189"/>
        <source>queue the &quot;{purpose}&quot; e-mail to the client</source>
        <translation>клиентке «{purpose}» хатын кезекке қою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="193"/>
        <source>tell {who}: {text}</source>
        <translation>хабарлама ({who}): {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="197"/>
        <source>call {url}</source>
        <translation>{url} мекенжайына қоңырау жасау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="200"/>
        <source>print the letter &quot;{title}&quot; to the client&apos;s files</source>
        <translation>«{title}» хатын клиенттің файлдарына басып шығару</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="202"/>
        <source>make a {document} from the deal&apos;s latest quote</source>
        <translation>мәміленің соңғы коммерциялық ұсынысынан {document} жасау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="214"/>
        <source>has {field} changed</source>
        <translation>«{field}» өрісі өзгерсе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="218"/>
        <source>to {value}</source>
        <translation>(жаңа мәні: {value})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="223"/>
        <source>is {days} days {side} its {field}</source>
        <translation>«{field}» күнінен {days} күн {side} болса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="225"/>
        <source>after</source>
        <translation>кейін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="225"/>
        <source>before</source>
        <translation>бұрын</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="229"/>
        <source>{days} days</source>
        <translation>({days} күн бойы)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="230"/>
        <source>If {entity} {trigger}</source>
        <translation>Егер {entity} {trigger}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="234"/>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="236"/>
        <source> and </source>
        <translation> және </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="244"/>
        <source>(no)</source>
        <translation>(емес)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="249"/>
        <source>, when </source>
        <translation>, шарт: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="251"/>
        <source>, then </source>
        <translation>, онда </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="251"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="152"/>
        <source>Amount, {0}</source>
        <translation>Сома, {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="153"/>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="155"/>
        <source>Percent</source>
        <translation>Пайыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="156"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="23"/>
        <source>Overdue: a task of the plan or the claim&apos;s deadline has passed</source>
        <translation>Мерзімі өткен: жоспардың тапсырмасының немесе шағым мерзімінің уақыты өтті</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="30"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="31"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="34"/>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="26"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="36"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="37"/>
        <source>Severity</source>
        <translation>Маңызы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="38"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="39"/>
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="40"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="41"/>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="45"/>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="47"/>
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="48"/>
        <source>Essence</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="17"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="18"/>
        <source>Confirmed</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="19"/>
        <source>Under investigation</source>
        <translation>Тексерілуде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="20"/>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="21"/>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="22"/>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="23"/>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="24"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="25"/>
        <source>Critical</source>
        <translation>Сыни</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="27"/>
        <source>Supplier</source>
        <translation>Жеткізуші</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="28"/>
        <source>Competitor</source>
        <translation>Бәсекелес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="29"/>
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="30"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="39"/>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="40"/>
        <source>Start investigation</source>
        <translation>Тексеруді бастау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="41"/>
        <source>Resolve…</source>
        <translation>Шешу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="42"/>
        <source>Reject…</source>
        <translation>Қабылдамау…</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="38"/>
        <source>Existing client</source>
        <translation>Бар клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="39"/>
        <source>What matches</source>
        <translation>Не сәйкес келеді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="27"/>
        <source>This field is required</source>
        <translation>Бұл өрісті толтыру міндетті</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="28"/>
        <source>Not a valid phone number for the client&apos;s country</source>
        <translation>Клиент елі үшін жарамсыз телефон нөмірі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="29"/>
        <source>Not an e-mail address</source>
        <translation>Эл. пошта мекенжайы емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="30"/>
        <source>Not a valid tax ID for the client&apos;s country</source>
        <translation>Клиент елі үшін жарамсыз БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="31"/>
        <source>Not a valid KPP (9 characters)</source>
        <translation>Жарамсыз КПП (9 таңба)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="32"/>
        <source>Not a valid IBAN (check digits or length)</source>
        <translation>Жарамсыз IBAN (бақылау сандары немесе ұзындығы)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="33"/>
        <source>Not a bank account number</source>
        <translation>Банк шотының нөмірі емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="34"/>
        <source>Not a valid BIC</source>
        <translation>Жарамсыз БСК/BIC</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="35"/>
        <source>Unknown country</source>
        <translation>Белгісіз ел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="36"/>
        <source>Not a currency code</source>
        <translation>Валюта коды емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="37"/>
        <source>Not a number</source>
        <translation>Сан емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="38"/>
        <source>Not a date (YYYY-MM-DD)</source>
        <translation>Күн емес (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="39"/>
        <source>Not one of the choices</source>
        <translation>Нұсқалардың бірі емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="40"/>
        <source>A client cannot be related to itself</source>
        <translation>Клиентті өзімен-өзі байланыстыруға болмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="41"/>
        <source>The birthday is in the future</source>
        <translation>Туған күні болашақта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="50"/>
        <source>same tax ID {0}</source>
        <translation>БСН/ЖСН бірдей {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="52"/>
        <source>same phone {0}</source>
        <translation>телефоны бірдей {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="54"/>
        <source>same e-mail {0}</source>
        <translation>эл. поштасы бірдей {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="55"/>
        <source>similar name ({0}%)</source>
        <translation>атауы ұқсас ({0}%)</translation>
    </message>
</context>
<context>
    <name>deals</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="16"/>
        <source>amount</source>
        <translation>сомасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="17"/>
        <source>expected close date</source>
        <translation>күтілетін жабылу күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="18"/>
        <source>contact person</source>
        <translation>байланыс тұлғасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="19"/>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="20"/>
        <source>responsible</source>
        <translation>жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="21"/>
        <source>the client&apos;s terms of sale</source>
        <translation>клиенттің сату шарттары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="27"/>
        <source>Strict: no skipped stage, required fields</source>
        <translation>Қатаң: кезеңді өткізіп жіберуге болмайды, міндетті өрістер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="28"/>
        <source>Manual: any move, warnings</source>
        <translation>Қолмен: кез келген ауысу, ескертулермен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="29"/>
        <source>No pipeline: interactions only</source>
        <translation>Воронкасыз: тек өзара әрекеттер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="36"/>
        <source>To enter {0}, fill in first: {1}</source>
        <translation>{0} кезеңіне өту үшін алдымен толтырыңыз: {1}</translation>
    </message>
</context>
<context>
    <name>delimiter</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="15"/>
        <source>How the columns of a CSV file are separated</source>
        <translation>CSV файлының бағандары немен бөлінген</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="16"/>
        <source>Delimiter: automatic</source>
        <translation>Бөлгіш: автоматты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="17"/>
        <source>Delimiter: semicolon ;</source>
        <translation>Бөлгіш: нүктелі үтір ;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="18"/>
        <source>Delimiter: comma ,</source>
        <translation>Бөлгіш: үтір ,</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="19"/>
        <source>Delimiter: vertical bar |</source>
        <translation>Бөлгіш: тік сызық |</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="20"/>
        <source>Delimiter: tab</source>
        <translation>Бөлгіш: табуляция</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="44"/>
        <source>Could not store {name}: {reason}</source>
        <translation>{name} сақталмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="45"/>
        <source>{name} is larger than {megabytes} MB</source>
        <translation>{name} көлемі {megabytes} МБ-тан үлкен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="46"/>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="47"/>
        <source>Backup to {path} failed: {reason}</source>
        <translation>{path} ішіне резервтік көшірме жасалмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="48"/>
        <source>the copy failed its integrity check ({verdict})</source>
        <translation>көшірме тұтастық тексеруінен өтпеді ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="51"/>
        <source>Backups from the program are for SQLite files; back up a PostgreSQL server with pg_dump</source>
        <translation>Бағдарлама резервтік көшірмені тек SQLite файлдары үшін жасайды; PostgreSQL серверінің көшірмесін pg_dump арқылы жасаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="55"/>
        <source>not a bank account number</source>
        <translation>банк шотының нөмірі емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="56"/>
        <source>not a valid BIC</source>
        <translation>жарамсыз БСК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="57"/>
        <source>a birthday in the future</source>
        <translation>туған күні болашақта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="58"/>
        <source>not one of the choices</source>
        <translation>нұсқалардың бірі емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="59"/>
        <source>unknown country</source>
        <translation>белгісіз ел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="60"/>
        <source>not a currency code</source>
        <translation>валюта коды емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="61"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>күн емес (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="62"/>
        <source>not an e-mail address</source>
        <translation>эл. пошта мекенжайы емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="63"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="64"/>
        <source>{where}: {problem} ({value})</source>
        <translation>{where}: {problem} ({value})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="65"/>
        <source>not a valid IBAN</source>
        <translation>жарамсыз IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="66"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="220"/>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="67"/>
        <source>not a number</source>
        <translation>сан емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="68"/>
        <source>not a valid phone number for the client&apos;s country</source>
        <translation>клиент елі үшін жарамсыз телефон нөмірі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="69"/>
        <source>a client cannot be related to itself</source>
        <translation>клиентті өзімен-өзі байланыстыруға болмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="70"/>
        <source>required</source>
        <translation>міндетті өріс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="71"/>
        <source>not a valid tax ID for the country</source>
        <translation>ел үшін жарамсыз БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="72"/>
        <source>not a valid KPP</source>
        <translation>жарамсыз КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="73"/>
        <source>more characters than allowed</source>
        <translation>рұқсат етілгеннен көп таңба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="74"/>
        <source>This category no longer exists</source>
        <translation>Бұл санат енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="75"/>
        <source>A category cannot move into itself or below itself</source>
        <translation>Санатты өзіне немесе өзінің ішкі санатына жылжытуға болмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="77"/>
        <source>Another product already has the code {code}</source>
        <translation>{code} коды басқа тауарға берілген</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="79"/>
        <source>The minimum price is above the recommended price</source>
        <translation>Ең төмен баға ұсынылатын бағадан жоғары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="81"/>
        <source>Prices cannot be negative</source>
        <translation>Бағалар теріс болмауы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="82"/>
        <source>Enter the category name</source>
        <translation>Санат атауын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="83"/>
        <source>Enter the product code</source>
        <translation>Тауар кодын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="84"/>
        <source>Enter the product name</source>
        <translation>Тауар атауын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="85"/>
        <source>Enter the unit</source>
        <translation>Өлшем бірлігін енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="86"/>
        <source>Every warehouse needs a name</source>
        <translation>Әр қойманың атауы болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="565"/>
        <source>This product no longer exists</source>
        <translation>Бұл тауар енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="88"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="101"/>
        <source>VAT must be from 0 to 100 %</source>
        <translation>ҚҚС 0-ден 100 %-ға дейін болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="89"/>
        <source>A warehouse no longer exists</source>
        <translation>Қоймалардың бірі енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="90"/>
        <source>Two warehouses have the same name</source>
        <translation>Екі қойманың атауы бірдей</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="92"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="448"/>
        <source>This client no longer exists</source>
        <translation>Бұл клиент енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="93"/>
        <source>{bic} is not a valid BIC</source>
        <translation>{bic} — жарамсыз БСК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="94"/>
        <source>The device code is up to 8 letters or digits</source>
        <translation>Құрылғы коды — 8 әріп немесе саннан аспайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="96"/>
        <source>{account} is not a valid IBAN</source>
        <translation>{account} — жарамсыз IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="97"/>
        <source>The database has no company yet</source>
        <translation>Дерекқорда әлі компания жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="98"/>
        <source>Enter the company&apos;s legal and short name</source>
        <translation>Компанияның заңды және қысқа атауын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="99"/>
        <source>Enter your company&apos;s requisites first</source>
        <translation>Алдымен компанияңыздың деректемелерін толтырыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="100"/>
        <source>{tax_id} is not a valid tax ID for {country}</source>
        <translation>{tax_id} — {country} үшін жарамсыз БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="102"/>
        <source>Field {key}: a choice field needs its choices</source>
        <translation>{key} өрісі: таңдау өрісіне нұсқалар қажет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="104"/>
        <source>Field key {key!r}: use small Latin letters, digits and _</source>
        <translation>«{key}» өріс кілті: кіші латын әріптерін, сандарды және _ пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="106"/>
        <source>Two custom fields have the same key</source>
        <translation>Екі қосымша өрістің кілті бірдей</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="107"/>
        <source>Field {key}: give it a label</source>
        <translation>{key} өрісі: оған белгі беріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="108"/>
        <source>Not a usable database path ({reason}): {value}</source>
        <translation>Дерекқорға жарамсыз жол ({reason}): {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="109"/>
        <source>Not a database URL: {value}</source>
        <translation>Дерекқор URL мекенжайы емес: {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="110"/>
        <source>No database given: --db is empty. Give a file path or a database URL</source>
        <translation>Дерекқор көрсетілмеген: --db бос. Файл жолын немесе дерекқор URL мекенжайын көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="113"/>
        <source>The database is busy (another program is writing): nothing was saved. Try again in a moment.</source>
        <translation>Дерекқор қолданыста (басқа бағдарлама жазып жатыр): ештеңе сақталмады. Біраздан соң қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="117"/>
        <source>Cannot open database {database}: {reason}</source>
        <translation>{database} дерекқорын ашу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="118"/>
        <source>The database {label} is damaged ({reason}). Restore the latest backup.</source>
        <translation>{label} дерекқоры зақымдалған ({reason}). Соңғы резервтік көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="120"/>
        <source>The disk holding {label} failed to write: nothing was saved.</source>
        <translation>{label} орналасқан диск жаза алмады: ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="122"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск толы: ештеңе сақталмады. Орын босатып, қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="124"/>
        <source>The last integrity check of {label} ({when}) found problems: {details}. Restore the latest backup</source>
        <translation>{label} соңғы тұтастық тексеруі ({when}) қателер тапты: {details}. Соңғы резервтік көшірмені қалпына келтіріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="128"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>{path} құлыптау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="129"/>
        <source>{path} is open in another CRM Desktop program (process {pid} on {host}); close it first, or run this there</source>
        <translation>{path} басқа CRM Desktop бағдарламасында ашық ({host} компьютеріндегі {pid} процесі); алдымен оны жабыңыз немесе мұны сонда орындаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="133"/>
        <source>No database at {path}</source>
        <translation>{path} жолында дерекқор жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="134"/>
        <source>The driver for {scheme} is not installed ({reason}): use postgresql+psycopg://… or an SQLite file</source>
        <translation>{scheme} драйвері орнатылмаған ({reason}): postgresql+psycopg://… немесе SQLite файлын пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="138"/>
        <source>Cannot open database {path}: the folder {folder} does not exist</source>
        <translation>{path} дерекқорын ашу мүмкін емес: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="140"/>
        <source>{path} is not a CRM Desktop database ({reason}); nothing was changed</source>
        <translation>{path} — CRM Desktop дерекқоры емес ({reason}); ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="143"/>
        <source>Could not update the database structure: {reason}</source>
        <translation>Дерекқор құрылымын жаңарту мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="145"/>
        <source>{label} is on a read-only disk or not writable: opened read-only, nothing can be saved</source>
        <translation>{label} тек оқуға арналған дискіде немесе жазуға қолжетімсіз: тек оқу үшін ашылды, ештеңе сақтау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="149"/>
        <source>The database {label} is read-only: nothing was saved. You can still look everything up.</source>
        <translation>{label} дерекқоры тек оқу үшін ашық: ештеңе сақталмады. Деректерді бұрынғыдай қарай аласыз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="153"/>
        <source>The database refused the change: {reason}. Nothing was saved.</source>
        <translation>Дерекқор өзгерісті қабылдамады: {reason}. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="155"/>
        <source>Unknown kind of database {scheme!r} in {value}: use a file path, sqlite:///FILE or postgresql+psycopg://…</source>
        <translation>{value} ішіндегі «{scheme}» — белгісіз дерекқор түрі: файл жолын, sqlite:///ФАЙЛ немесе postgresql+psycopg://… көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="159"/>
        <source>A deal&apos;s amount cannot be negative</source>
        <translation>Мәміле сомасы теріс болмауы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="160"/>
        <source>The deal&apos;s client no longer exists</source>
        <translation>Мәміленің клиенті енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="161"/>
        <source>Write the comment first</source>
        <translation>Алдымен пікір жазыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="162"/>
        <source>The contact person works for another client</source>
        <translation>Байланыс тұлғасы басқа клиентке жатады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="164"/>
        <source>This deal no longer exists</source>
        <translation>Бұл мәміле енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="165"/>
        <source>No stage named {stage}</source>
        <translation>«{stage}» деген кезең жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="166"/>
        <source>Give the deal a title</source>
        <translation>Мәмілеге атау беріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="167"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="377"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="730"/>
        <source>Choose csv, json or text, not {format}</source>
        <translation>{format} емес, csv, json немесе text таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="168"/>
        <source>The database {label} already has clients; create demo data in a new file</source>
        <translation>{label} дерекқорында клиенттер бар; демо деректерді жаңа файлда құрыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="170"/>
        <source>Unknown demo scale {scale!r}; use small or large</source>
        <translation>«{scale}» — белгісіз демо көлемі; small немесе large пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="172"/>
        <source>This document no longer exists</source>
        <translation>Бұл құжат енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="173"/>
        <source>No document numbered {number}</source>
        <translation>{number} нөмірлі құжат жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="174"/>
        <source>{field}: right-to-left text ({chars}) cannot be printed correctly on documents yet</source>
        <translation>{field}: оңнан солға жазылатын мәтінді ({chars}) құжаттарда әзірге дұрыс басып шығару мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="177"/>
        <source>{field}: the document font cannot print {chars}</source>
        <translation>{field}: құжат қарпі {chars} басып шығара алмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="179"/>
        <source>e-mail {value}</source>
        <translation>эл. пошта {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="180"/>
        <source>name {value}</source>
        <translation>атауы {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="181"/>
        <source>phone {value}</source>
        <translation>телефон {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="182"/>
        <source>name {value} ({score}%)</source>
        <translation>атауы {value} ({score}%)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="183"/>
        <source>tax ID {value}</source>
        <translation>БСН/ЖСН {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="184"/>
        <source>A cancelled event cannot be completed</source>
        <translation>Болдырылмаған оқиғаны аяқтауға болмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="186"/>
        <source>The contact person does not belong to this client</source>
        <translation>Байланыс тұлғасы бұл клиентке жатпайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="188"/>
        <source>This event no longer exists</source>
        <translation>Бұл оқиға енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="189"/>
        <source>The start time has no time zone</source>
        <translation>Басталу уақытында уақыт белдеуі жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="190"/>
        <source>The duration cannot be negative</source>
        <translation>Ұзақтық теріс болмауы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="191"/>
        <source>Enter a subject</source>
        <translation>Тақырыпты енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="192"/>
        <source>Only a planned event can be rescheduled</source>
        <translation>Тек жоспарланған оқиғаның уақытын ауыстыруға болады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="193"/>
        <source>The subject is longer than {max} characters</source>
        <translation>Тақырып {max} таңбадан ұзын</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="195"/>
        <source>Name the file .{kind} for the {format} format, not {name}</source>
        <translation>{format} форматы үшін файл атауы {name} емес, .{kind} болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="197"/>
        <source>Choose a .csv or .xlsx file, not {name}</source>
        <translation>{name} емес, .csv немесе .xlsx файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="198"/>
        <source>A delimiter is one character (or tab), not {delimiter!r}</source>
        <translation>Бөлгіш — бір таңба (немесе табуляция), «{delimiter}» емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="200"/>
        <source>Cannot tell how the columns of {name} are separated; choose the delimiter ({found})</source>
        <translation>{name} бағандары немен бөлінгенін анықтау мүмкін емес; бөлгішті таңдаңыз ({found})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="203"/>
        <source>{name} is empty</source>
        <translation>{name} бос</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="208"/>
        <source>{name} has more than {max} rows</source>
        <translation>{name} ішінде {max} жолдан көп</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="209"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} оқылмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="210"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} жазылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="211"/>
        <source>{name} is not a readable XLSX workbook: its contents are damaged</source>
        <translation>{name} — оқылатын XLSX кітабы емес: мазмұны зақымдалған</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="213"/>
        <source>Enter the company name</source>
        <translation>Компания атауын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="214"/>
        <source>Choose a currency</source>
        <translation>Валютаны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="215"/>
        <source>Enter your name</source>
        <translation>Атыңызды енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="216"/>
        <source>Your role ({role}) may not do this: {permission}</source>
        <translation>Сіздің рөліңіз ({role}) мұны істеуге рұқсат бермейді: {permission}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="217"/>
        <source>birthday not a date: {value!r}</source>
        <translation>туған күні күн емес: «{value}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="218"/>
        <source>The import was cancelled; nothing was imported</source>
        <translation>Импорт тоқтатылды; ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="223"/>
        <source>created beside {name} ({match})</source>
        <translation>«{name}» жанында құрылды ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="253"/>
        <source>Choose a .csv, .xlsx or .vcf file, not {name}</source>
        <translation>{name} емес, .csv, .xlsx немесе .vcf файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="254"/>
        <source>no name</source>
        <translation>атауы жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="255"/>
        <source>Choose the column with the name</source>
        <translation>Атауы бар бағанды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="256"/>
        <source>{name} has no vCards</source>
        <translation>{name} ішінде vCard жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="260"/>
        <source>update of {name}: {reason}</source>
        <translation>«{name}» жаңарту: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="261"/>
        <source>{problems} of {rows} rows have problems; nothing was imported</source>
        <translation>{rows} жолдың {problems} жолында қате бар; ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="263"/>
        <source>skipped: duplicate of {name} ({match})</source>
        <translation>өткізілді: «{name}» қайталамасы ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="265"/>
        <source>skipped: repeats row of {name} in this file</source>
        <translation>өткізілді: осы файлдағы «{name}» жолын қайталайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="267"/>
        <source>updated {name} ({match})</source>
        <translation>«{name}» жаңартылды ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="204"/>
        <source>Cannot tell the text encoding of {name} (UTF-8, UTF-16, Windows-1251 and CP866 are read); save it as UTF-8 and import it again</source>
        <translation>{name} мәтінінің кодталуын анықтау мүмкін емес (UTF-8, UTF-16, Windows-1251 және CP866 оқылады); оны UTF-8 ретінде сақтап, қайта импорттаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="221"/>
        <source>column {column!r} was not imported, but its values look like {what}</source>
        <translation>«{column}» бағаны импортталмады, бірақ оның мәндері {what} сияқты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="224"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="225"/>
        <source>{field}: {problem} ({value})</source>
        <translation>{field}: {problem} ({value})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="226"/>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="227"/>
        <source>city</source>
        <translation>қала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="228"/>
        <source>contact person</source>
        <translation>байланыс тұлғасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="229"/>
        <source>contact&apos;s birthday</source>
        <translation>контактінің туған күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="230"/>
        <source>contact&apos;s e-mail</source>
        <translation>контактінің эл. поштасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="231"/>
        <source>contact&apos;s name</source>
        <translation>контактінің аты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="232"/>
        <source>contact&apos;s phone</source>
        <translation>контактінің телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="233"/>
        <source>contact&apos;s position</source>
        <translation>контактінің лауазымы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="234"/>
        <source>country</source>
        <translation>ел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="235"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="236"/>
        <source>custom field</source>
        <translation>қосымша өріс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="237"/>
        <source>e-mail</source>
        <translation>эл. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="238"/>
        <source>field</source>
        <translation>өріс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="239"/>
        <source>full name</source>
        <translation>толық атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="240"/>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="241"/>
        <source>legal address</source>
        <translation>заңды мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="242"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="243"/>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="244"/>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="245"/>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="246"/>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="247"/>
        <source>tax ID</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="248"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="249"/>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="250"/>
        <source>e-mail addresses</source>
        <translation>эл. пошта мекенжайлары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="251"/>
        <source>phone numbers</source>
        <translation>телефон нөмірлері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="252"/>
        <source>tax IDs</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="257"/>
        <source>phone {phone} kept as typed: its number is possible but not known to be in use</source>
        <translation>{phone} телефоны терілген күйінде сақталды: мұндай нөмір болуы мүмкін, бірақ қолданыста екені белгісіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="268"/>
        <source>{name} is not a readable vCard file: {reason}</source>
        <translation>{name} — оқылатын vCard файлы емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="270"/>
        <source>A loss reason needs a name</source>
        <translation>Сәтсіздік себебінің атауы болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="271"/>
        <source>Choose the reason the deal was lost</source>
        <translation>Мәміленің сәтсіз болу себебін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="272"/>
        <source>This message cannot be cancelled</source>
        <translation>Бұл хатты болдырмау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="273"/>
        <source>This message cannot be sent again</source>
        <translation>Бұл хатты қайта жіберу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="274"/>
        <source>This draft has no recipient: open it in the mail client to finish it</source>
        <translation>Бұл жобаның алушысы жоқ: аяқтау үшін оны пошта клиентінде ашыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="276"/>
        <source>There is no secure keychain on this computer (only {backend}, which would keep the password readable in a file), so the password was not stored. Enter it for this session only, or install a keychain service (GNOME Keyring or KWallet) and save it again</source>
        <translation>Бұл компьютерде сенімді құпиясөз қоймасы жоқ (тек {backend} бар, онда құпиясөз файлда оқылатын күйде сақталар еді), сондықтан құпиясөз сақталмады. Оны тек осы сеанс үшін енгізіңіз немесе құпиясөз қоймасы қызметін (GNOME Keyring немесе KWallet) орнатып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="282"/>
        <source>Interrupted while sending: it may have reached the server. Check before sending it again.</source>
        <translation>Жіберу кезінде үзілді: хат серверге жетуі мүмкін. Қайта жібермес бұрын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="286"/>
        <source>The system keychain refused the password: {reason}</source>
        <translation>Жүйелік құпиясөз қоймасы құпиясөзді қабылдамады: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="288"/>
        <source>The mail server refused the login: {answer}. Check the user and password in Settings → Mail server</source>
        <translation>Пошта сервері кіруді қабылдамады: {answer}. Баптаулар → Пошта сервері бөлімінде пайдаланушы мен құпиясөзді тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="292"/>
        <source>The connection was lost after the whole message was sent ({reason}): it may have reached the server. Check before sending it again.</source>
        <translation>Хат толық жіберілгеннен кейін байланыс үзілді ({reason}): хат серверге жетуі мүмкін. Қайта жібермес бұрын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="296"/>
        <source>This message no longer exists</source>
        <translation>Бұл хат енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="297"/>
        <source>The mail server {server} does not offer a login (AUTH) here: check the port and security in Settings → Mail server, or leave the user empty</source>
        <translation>{server} пошта сервері мұнда кіруді (AUTH) ұсынбайды: Баптаулар → Пошта сервері бөлімінде портты және қауіпсіздікті тексеріңіз немесе пайдаланушыны бос қалдырыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="301"/>
        <source>Enter the SMTP server</source>
        <translation>SMTP серверін енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="302"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="490"/>
        <source>The system keychain is not available: {reason}</source>
        <translation>Жүйелік құпиясөз қоймасы қолжетімсіз: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="304"/>
        <source>No password for the mail server {server}: enter it in Settings → Mail server</source>
        <translation>{server} пошта серверінің құпиясөзі жоқ: оны Баптаулар → Пошта сервері бөлімінде енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="307"/>
        <source>Enter the recipient&apos;s e-mail address</source>
        <translation>Алушының эл. пошта мекенжайын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="308"/>
        <source>Enter the sender&apos;s e-mail address</source>
        <translation>Жіберушінің эл. пошта мекенжайын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="309"/>
        <source>Set up the mail server first: Settings → Mail server</source>
        <translation>Алдымен пошта серверін баптаңыз: Баптаулар → Пошта сервері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="311"/>
        <source>This message is no longer a draft (sent, cancelled or removed)</source>
        <translation>Бұл хат енді жоба емес (жіберілген, тоқтатылған немесе жойылған)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="313"/>
        <source>The mail server {server} does not offer STARTTLS: choose SSL/TLS or another port in Settings → Mail server</source>
        <translation>{server} пошта сервері STARTTLS ұсынбайды: Баптаулар → Пошта сервері бөлімінде SSL/TLS немесе басқа портты таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="317"/>
        <source>The port must be from 1 to 65535</source>
        <translation>Порт 1-ден 65535-ке дейін болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="318"/>
        <source>Choose SSL/TLS, STARTTLS or none</source>
        <translation>SSL/TLS, STARTTLS немесе шифрлаусыз таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="319"/>
        <source>No secure connection to the mail server {server} ({reason}): check the port and security in Settings → Mail server</source>
        <translation>{server} пошта серверімен қауіпсіз байланыс жоқ ({reason}): Баптаулар → Пошта сервері бөлімінде портты және қауіпсіздікті тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="323"/>
        <source>Cannot reach the mail server: {reason}</source>
        <translation>Пошта серверіне қосылу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="324"/>
        <source>The certificate of the mail server {server} is not trusted ({reason}): check the server&apos;s name and security in Settings → Mail server</source>
        <translation>{server} пошта серверінің сертификатына сенім жоқ ({reason}): Баптаулар → Пошта сервері бөлімінде сервер атауын және қауіпсіздікті тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="328"/>
        <source>The user name or password has characters beyond Latin letters, and the mail server offers no login that can carry them (it offers: {methods}): use a password of Latin letters, digits and signs, or ask the mail administrator to enable PLAIN or LOGIN</source>
        <translation>Пайдаланушы атында немесе құпиясөзде латын әріптерінен басқа таңбалар бар, ал пошта сервері оларды жеткізе алатын кіру тәсілін ұсынбайды (ұсынатыны: {methods}): латын әріптерінен, сандардан және белгілерден тұратын құпиясөзді пайдаланыңыз немесе пошта әкімшісінен PLAIN не LOGIN қосуды сұраңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="333"/>
        <source>One of the clients no longer exists</source>
        <translation>Клиенттердің бірі енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="334"/>
        <source>Choose two different clients to merge</source>
        <translation>Біріктіру үшін екі түрлі клиентті таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="335"/>
        <source>Unknown fields: {fields}</source>
        <translation>Белгісіз өрістер: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="336"/>
        <source>To enter {stage}, fill in first: {fields}</source>
        <translation>{stage} кезеңіне өту үшін алдымен толтырыңыз: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="337"/>
        <source>{pipeline} is a strict pipeline: a deal in {from_stage} may go only to {allowed}, not to {to_stage}</source>
        <translation>«{pipeline}» — қатаң воронка: {from_stage} кезеңіндегі мәміле {to_stage} кезеңіне емес, тек {allowed} кезеңіне өте алады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="341"/>
        <source>Nobody is signed in: nothing was saved</source>
        <translation>Ешкім кірмеген: ештеңе сақталмады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="342"/>
        <source>The pipeline {pipeline} has no open stage</source>
        <translation>«{pipeline}» воронкасында ашық кезең жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="343"/>
        <source>There is no pipeline yet: the head of sales makes one in the stage editor</source>
        <translation>Әлі воронка жоқ: оны сату бөлімінің басшысы кезеңдер редакторында құрады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="345"/>
        <source>The deal belongs to {owner}: only the head of sales may change another salesperson&apos;s deal</source>
        <translation>Мәмілені {owner} жүргізеді: басқа менеджердің мәмілесін тек сату бөлімінің басшысы өзгерте алады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="349"/>
        <source>Not a number: {text}</source>
        <translation>Сан емес: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="350"/>
        <source>Only the head of sales may give a deal to another salesperson</source>
        <translation>Мәмілені басқа менеджерге тек сату бөлімінің басшысы бере алады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="352"/>
        <source>Order {number} was already made from it</source>
        <translation>Одан {number} тапсырысы жасалып қойған</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="353"/>
        <source>An order in status {status} cannot be shipped</source>
        <translation>«{status}» күйіндегі тапсырысты жөнелтуге болмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="355"/>
        <source>The order is {status}: its status cannot change</source>
        <translation>Тапсырыс «{status}» күйінде: оның күйі енді өзгермейді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="356"/>
        <source>Only a won deal becomes an order</source>
        <translation>Тапсырыс тек сәтті мәміледен жасалады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="357"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="410"/>
        <source>{line}: the discount must be from 0 to 99.99 %</source>
        <translation>{line}: жеңілдік 0-ден 99,99 %-ға дейін болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="359"/>
        <source>{line}: the price cannot be negative</source>
        <translation>{line}: баға теріс болмауы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="360"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="421"/>
        <source>{line}: the quantity must be above zero</source>
        <translation>{line}: саны нөлден көп болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="361"/>
        <source>The order is {status}: its lines can no longer change</source>
        <translation>Тапсырыс «{status}» күйінде: оның жолдарын енді өзгертуге болмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="363"/>
        <source>The client has no e-mail address: the status was not sent</source>
        <translation>Клиенттің эл. пошта мекенжайы жоқ: күй жіберілмеді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="365"/>
        <source>Add at least one line to the order</source>
        <translation>Тапсырысқа кемінде бір жол қосыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="366"/>
        <source>Only an issued invoice becomes an order</source>
        <translation>Тапсырыс тек жазылған шоттан жасалады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="367"/>
        <source>This order no longer exists</source>
        <translation>Бұл тапсырыс енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="368"/>
        <source>The order belongs to {owner}: only the head of sales may change another salesperson&apos;s order</source>
        <translation>Тапсырысты {owner} жүргізеді: басқа менеджердің тапсырысын тек сату бөлімінің басшысы өзгерте алады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="372"/>
        <source>Enter a quantity to ship</source>
        <translation>Жөнелтілетін санын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="373"/>
        <source>{line}: more than ordered would be shipped ({quantity})</source>
        <translation>{line}: тапсырыс берілгеннен артық жөнелтілер еді ({quantity})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="375"/>
        <source>An order in status {from_status} cannot become {to_status}</source>
        <translation>«{from_status}» күйіндегі тапсырысты «{to_status}» күйіне ауыстыруға болмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="378"/>
        <source>Only {left} {currency} is outstanding on {number}</source>
        <translation>{number} шоты бойынша тек {left} {currency} төленбей қалды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="380"/>
        <source>The amount must be above zero</source>
        <translation>Сома нөлден көп болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="381"/>
        <source>This invoice no longer exists</source>
        <translation>Бұл шот енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="382"/>
        <source>Invoice {number} is {status}: nothing to pay</source>
        <translation>{number} шоты «{status}» күйінде: төлейтін ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="384"/>
        <source>The phone number is empty</source>
        <translation>Телефон нөмірі бос</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="385"/>
        <source>Not a valid phone number: {raw}</source>
        <translation>Жарамсыз телефон нөмірі: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="386"/>
        <source>Not a phone number: {raw}</source>
        <translation>Телефон нөмірі емес: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="387"/>
        <source>Give the pipeline a name</source>
        <translation>Воронкаға атау беріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="388"/>
        <source>A pipeline needs at least one open stage, one won and one lost stage</source>
        <translation>Воронкада кемінде бір ашық кезең, бір сәтті және бір сәтсіз кезең болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="390"/>
        <source>No pipeline {pipeline}</source>
        <translation>«{pipeline}» воронкасы жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="391"/>
        <source>minimum {minimum} above price {price}</source>
        <translation>ең төмен баға {minimum} {price} бағасынан жоғары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="393"/>
        <source>not a valid amount: {text!r}</source>
        <translation>жарамсыз сома: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="394"/>
        <source>Choose the column with the product code</source>
        <translation>Тауар коды бар бағанды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="396"/>
        <source>no warehouse for the stock</source>
        <translation>қалдық үшін қойма көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="397"/>
        <source>not a number: {text!r}</source>
        <translation>сан емес: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="398"/>
        <source>No warehouse named {name!r}</source>
        <translation>«{name}» атты қойма жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="400"/>
        <source>unknown product code {code!r}</source>
        <translation>белгісіз тауар коды «{code}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="401"/>
        <source>unknown warehouse {name!r}</source>
        <translation>белгісіз қойма «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="402"/>
        <source>A probability is from 0 to 100 %</source>
        <translation>Ықтималдық 0-ден 100 %-ға дейін болады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="403"/>
        <source>The stage {stage} allows a next stage {next} the pipeline lacks</source>
        <translation>{stage} кезеңі воронкада жоқ {next} келесі кезеңіне рұқсат береді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="405"/>
        <source>{line}: the price is below the minimum {minimum} {currency}. Ask the head of sales to approve it.</source>
        <translation>{line}: баға ең төмен бағадан ({minimum} {currency}) төмен. Оны келісуді сату бөлімінің басшысынан сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="409"/>
        <source>The discount must be from 0 to 99.99 %</source>
        <translation>Жеңілдік 0-ден 99,99 %-ға дейін болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="412"/>
        <source>A price cannot be negative</source>
        <translation>Баға теріс болмауы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="413"/>
        <source>Add at least one product</source>
        <translation>Кемінде бір тауар қосыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="414"/>
        <source>Set the exchange rate of {currency} to {base} in Settings → Company → Exchange rates before quoting this client</source>
        <translation>Бұл клиентке ұсыныс дайындамас бұрын Баптаулар → Компания → Валюта бағамдары бөлімінде {currency} валютасының {base} бағамын көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="418"/>
        <source>Give the reason for the prices below the minimum</source>
        <translation>Ең төменгіден төмен бағалардың себебін көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="420"/>
        <source>Payment days must be from 0 to 365</source>
        <translation>Төлем күндері 0-ден 365-ке дейін болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="422"/>
        <source>{code} is not a currency code (three capital letters, such as USD)</source>
        <translation>{code} — валюта коды емес (үш бас латын әрпі, мысалы USD)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="424"/>
        <source>{code} is listed twice</source>
        <translation>{code} валютасы екі рет көрсетілген</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="425"/>
        <source>Enter the rate of {code}</source>
        <translation>{code} бағамын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="426"/>
        <source>{code} is the company&apos;s own currency: it needs no exchange rate</source>
        <translation>{code} — компанияның өз валютасы: оған бағам қажет емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="428"/>
        <source>The rate of {code} may have at most 6 decimal places</source>
        <translation>{code} бағамында үтірден кейін 6 таңбадан артық болмауы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="430"/>
        <source>The rate of {code} must be above 0 and below 1,000,000,000</source>
        <translation>{code} бағамы 0-ден үлкен және 1 000 000 000-нан кіші болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="432"/>
        <source>Restore from {path} failed: {reason}; the previous content is in {safety}</source>
        <translation>{path} көшірмесінен қалпына келтіру сәтсіз: {reason}; бұрынғы мазмұн {safety} ішінде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="434"/>
        <source>{path} is not a usable backup: {reason}</source>
        <translation>{path} — жарамсыз резервтік көшірме: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="435"/>
        <source>{path} is not a usable CRM Desktop backup ({verdict})</source>
        <translation>{path} — жарамсыз CRM Desktop резервтік көшірмесі ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="437"/>
        <source>Restore from the program is for SQLite files; use pg_restore for a PostgreSQL server</source>
        <translation>Бағдарлама тек SQLite файлдарын қалпына келтіреді; PostgreSQL сервері үшін pg_restore пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="441"/>
        <source>No custom field {key!r}</source>
        <translation>«{key}» қосымша өрісі жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="442"/>
        <source>Give the segment a name</source>
        <translation>Сегментке атау беріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="443"/>
        <source>Give the template a name</source>
        <translation>Үлгіге атау беріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="444"/>
        <source>Write the subject of the letter</source>
        <translation>Хаттың тақырыбын жазыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="445"/>
        <source>No campaign template {name}</source>
        <translation>{name} науқан үлгісі жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="446"/>
        <source>Name a client or an e-mail address</source>
        <translation>Клиентті немесе эл. пошта мекенжайын көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="447"/>
        <source>{address} is not an e-mail address</source>
        <translation>{address} — эл. пошта мекенжайы емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="449"/>
        <source>No segment {name}</source>
        <translation>{name} сегменті жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="450"/>
        <source>Nobody in {segment} would get the letter ({total} clients: opted out, bad or no address)</source>
        <translation>«{segment}» сегментінде хатты ешкім алмайды ({total} клиент: бас тартқан, мекенжайы қате немесе жоқ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="453"/>
        <source>The rate must be from 1 to {maximum} messages a minute</source>
        <translation>Жылдамдық минутына 1-ден {maximum} хатқа дейін болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="455"/>
        <source>This campaign no longer exists</source>
        <translation>Бұл науқан енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="456"/>
        <source>This client is not in the campaign&apos;s segment</source>
        <translation>Бұл клиент науқан сегментінде жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="458"/>
        <source>Enter the address the test letter goes to</source>
        <translation>Сынақ хат жіберілетін мекенжайды енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="460"/>
        <source>The stage {stage} still holds {count} deals: move them first</source>
        <translation>{stage} кезеңінде әлі {count} мәміле бар: алдымен оларды ауыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="462"/>
        <source>Every stage needs a name</source>
        <translation>Әр кезеңнің атауы болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="463"/>
        <source>The pipeline {pipeline} has no stage {stage}</source>
        <translation>«{pipeline}» воронкасында {stage} кезеңі жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="465"/>
        <source>The account {login} is disabled: ask the administrator</source>
        <translation>{login} тіркелгісі өшірілген: әкімшіге хабарласыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="467"/>
        <source>Not a server address (HOST:PORT): {address}</source>
        <translation>Сервер мекенжайы емес (ХОСТ:ПОРТ): {address}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="468"/>
        <source>--listen takes HOST:PORT, not {value}</source>
        <translation>--listen {value} емес, ХОСТ:ПОРТ қабылдайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="469"/>
        <source>A login is 2 to 64 small Latin letters, digits, dots, dashes or underscores, not {login!r}</source>
        <translation>Логин — 2-ден 64-ке дейін кіші латын әріптері, сандар, нүктелер, сызықшалар немесе астыңғы сызықтар, «{login}» емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="473"/>
        <source>The request is not understood: {reason}</source>
        <translation>Сұрау түсініксіз: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="474"/>
        <source>Keep the change history from 0 (forever) to 36500 days</source>
        <translation>Өзгерістер тарихын 0 (мерзімсіз) мен 36500 күн аралығында сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="476"/>
        <source>{field}: {value!r} is not a valid value</source>
        <translation>{field}: «{value}» — жарамсыз мән</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="477"/>
        <source>The team server&apos;s certificate has changed: it is now {fingerprint}, not the {pinned} you accepted. Nothing was sent. If nobody replaced it on the server, someone may be intercepting the connection.</source>
        <translation>Командалық сервердің сертификаты өзгерді: енді ол {fingerprint}, сіз қабылдаған {pinned} емес. Ештеңе жіберілмеді. Егер серверде оны ешкім ауыстырмаса, біреу байланысты ұстап алуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="482"/>
        <source>The certificate {path} cannot be used: {reason}</source>
        <translation>{path} сертификатын пайдалану мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="484"/>
        <source>{login} is not a head of sales</source>
        <translation>{login} — сату бөлімінің басшысы емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="485"/>
        <source>The login {login} is taken</source>
        <translation>{login} логині бос емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="486"/>
        <source>The team server needs a PostgreSQL database (--db postgresql+psycopg://…), not {database}</source>
        <translation>Командалық серверге {database} емес, PostgreSQL дерекқоры қажет (--db postgresql+psycopg://…)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="492"/>
        <source>Enter the person&apos;s name</source>
        <translation>Адамның атын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="493"/>
        <source>No password given (type it, or pipe it on standard input)</source>
        <translation>Құпиясөз берілмеген (оны теріңіз немесе стандартты кіріс арқылы беріңіз)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="495"/>
        <source>No team {name}</source>
        <translation>«{name}» командасы жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="496"/>
        <source>No user {login}</source>
        <translation>{login} пайдаланушысы жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="497"/>
        <source>Give the team a name</source>
        <translation>Командаға атау беріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="498"/>
        <source>Sign in to the team server first</source>
        <translation>Алдымен командалық серверге кіріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="499"/>
        <source>No such client among those you may see</source>
        <translation>Сізге көрінетін клиенттер арасында мұндай клиент жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="500"/>
        <source>Not signed in to a team server</source>
        <translation>Командалық серверге кірмегенсіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="501"/>
        <source>You cannot disable your own account or take away your own administration</source>
        <translation>Өз тіркелгіңізді өшіруге немесе өзіңізді әкімші құқығынан айыруға болмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="503"/>
        <source>The password must have at least {minimum} characters</source>
        <translation>Құпиясөзде кемінде {minimum} таңба болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="505"/>
        <source>The two passwords differ</source>
        <translation>Екі құпиясөз сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="506"/>
        <source>The server&apos;s database role {role} {why}: row-level security would not apply to it. Let the server log in as a role that is only a member of crm_app (README: Team server)</source>
        <translation>Сервердің дерекқор рөлі {role} {why}: жол деңгейіндегі қорғау (RLS) оған қолданылмайды. Сервер тек crm_app мүшесі болып табылатын рөлмен кірсін (README: Team server)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="511"/>
        <source>The database is at revision {revision}, the server needs {head}: run `crm-desktop db upgrade --db …` as the database owner</source>
        <translation>Дерекқор {revision} нұсқасында, серверге {head} қажет: дерекқор иесі ретінде `crm-desktop db upgrade --db …` орындаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="515"/>
        <source>The team server failed: {reason}</source>
        <translation>Командалық сервер істен шықты: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="516"/>
        <source>Share with one person or one team</source>
        <translation>Бір адаммен немесе бір командамен бөлісіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="517"/>
        <source>Too many wrong passwords: try again in {seconds} seconds</source>
        <translation>Қате құпиясөз тым көп: {seconds} секундтан кейін қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="519"/>
        <source>Give both --tls-cert and --tls-key, or neither</source>
        <translation>--tls-cert пен --tls-key екеуін де беріңіз немесе ешқайсысын бермеңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="520"/>
        <source>Your sign-in has expired: sign in again</source>
        <translation>Кіру мерзімі өтті: қайта кіріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="521"/>
        <source>You were signed out (here, on another desktop or by the administrator): sign in again</source>
        <translation>Сіз жүйеден шығарылдыңыз (осында, басқа компьютерде немесе әкімші): қайта кіріңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="525"/>
        <source>The team server answered something unexpected ({status})</source>
        <translation>Командалық сервер күтпеген жауап берді ({status})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="527"/>
        <source>A client has no field {field}</source>
        <translation>Клиентте {field} өрісі жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="528"/>
        <source>The team server {address} does not answer ({reason}). You keep working on this computer.</source>
        <translation>{address} командалық сервері жауап бермейді ({reason}). Жұмыс осы компьютерде жалғасады.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="532"/>
        <source>Wrong login or password</source>
        <translation>Логин немесе құпиясөз қате</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="533"/>
        <source>This program (database version {revision}) is older than the team server&apos;s ({server}). Update the program to sync; your unsent changes wait on this computer.</source>
        <translation>Бұл бағдарлама (дерекқор нұсқасы {revision}) команда серверінікінен ({server}) ескі. Синхрондау үшін бағдарламаны жаңартыңыз; жіберілмеген өзгерістеріңіз осы компьютерде күтеді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="538"/>
        <source>The team server cannot read a sync batch: {reason}</source>
        <translation>Команда сервері синхрондау бумасын оқи алмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="540"/>
        <source>This copy is not connected to a team server: run crm-desktop connect URL --user LOGIN</source>
        <translation>Бұл көшірме команда серверіне қосылмаған: crm-desktop connect URL --user LOGIN командасын орындаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="544"/>
        <source>Signed out of the team server {address}: run crm-desktop connect again</source>
        <translation>{address} команда серверінен шығып кеттіңіз: crm-desktop connect командасын қайта орындаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="546"/>
        <source>This conflict is no longer in the inbox</source>
        <translation>Бұл қайшылық енді кіріс тізімінде жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="548"/>
        <source>The value of {field} cannot be taken back here ({kind}): the record changed for a reason the server keeps</source>
        <translation>{field} мәнін мұнда қайтару мүмкін емес ({kind}): жазба сервер сақтайтын себеппен өзгерді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="552"/>
        <source>The server&apos;s certificate is {fingerprint}, not the {expected} you gave. Nothing was sent.</source>
        <translation>Сервер сертификаты — {fingerprint}, сіз берген {expected} емес. Ештеңе жіберілмеді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="556"/>
        <source>This claim no longer exists</source>
        <translation>Бұл шағым енді жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="557"/>
        <source>The claim is handled by {owner}: only the head of sales may change another person&apos;s claim</source>
        <translation>Шағыммен {owner} айналысады: басқа адамның шағымын тек сату бөлімінің басшысы өзгерте алады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="560"/>
        <source>Describe the essence of the claim</source>
        <translation>Шағымның мәнін сипаттаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="561"/>
        <source>The contact person does not belong to the claimant</source>
        <translation>Байланыс тұлғасы шағымданушыға жатпайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="563"/>
        <source>Order {number} is another client&apos;s</source>
        <translation>{number} тапсырысы басқа клиенттікі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="564"/>
        <source>Invoice {number} is another client&apos;s</source>
        <translation>{number} шоты басқа клиенттікі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="566"/>
        <source>This reason is not in the list</source>
        <translation>Бұл себеп тізімде жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="567"/>
        <source>This result is not in the list</source>
        <translation>Бұл нәтиже тізімде жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="568"/>
        <source>This employee is not an active user</source>
        <translation>Бұл қызметкер белсенді пайдаланушы емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="569"/>
        <source>You may see the figures of {allowed} only, not of the people chosen</source>
        <translation>Сіз тек {allowed} көрсеткіштерін көре аласыз, таңдалған адамдардікін емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="571"/>
        <source>The period ends ({end}) before it starts ({start})</source>
        <translation>Уақыт аралығы басталғанға ({start}) дейін аяқталады ({end})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="573"/>
        <source>No report {name}; the reports are {names}</source>
        <translation>{name} есебі жоқ; бар есептер: {names}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="574"/>
        <source>Sales cannot be grouped by {group}; use one of {groups}</source>
        <translation>Сатылымдарды {group} бойынша топтауға болмайды; мыналардың бірін пайдаланыңыз: {groups}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="576"/>
        <source>A plan cannot be negative: {amount}</source>
        <translation>Жоспар теріс бола алмайды: {amount}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="577"/>
        <source>No such person: {manager}</source>
        <translation>Мұндай менеджер жоқ: {manager}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="578"/>
        <source>No export format {format}; use one of {formats}</source>
        <translation>{format} экспорт пішімі жоқ; мыналардың бірін пайдаланыңыз: {formats}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="580"/>
        <source>{option} {value}: not a date; write it as YYYY-MM-DD</source>
        <translation>{option} {value}: күн емес; ЖЖЖЖ-АА-КК түрінде жазыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="582"/>
        <source>No person with the login {login}</source>
        <translation>{login} логині бар адам жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="585"/>
        <source>Sales funnel: {pipeline}</source>
        <translation>Сату воронкасы: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="586"/>
        <source>Sales</source>
        <translation>Сатылымдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="587"/>
        <source>Manager benchmark</source>
        <translation>Менеджерлерді салыстыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="588"/>
        <source>Won and lost</source>
        <translation>Сәтті және сәтсіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="589"/>
        <source>Lead sources</source>
        <translation>Лид дереккөздері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="590"/>
        <source>Claims</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="591"/>
        <source>Overdue work</source>
        <translation>Мерзімі өткен жұмыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="592"/>
        <source>Reactivation candidates</source>
        <translation>Қайта белсендіруге үміткерлер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="593"/>
        <source>Won and lost by manager</source>
        <translation>Менеджерлер бойынша сәтті және сәтсіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="594"/>
        <source>Leads and won deals by source</source>
        <translation>Дереккөздер бойынша лидтер мен сәтті мәмілелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="595"/>
        <source>Sales, {currency}</source>
        <translation>Сатылымдар, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="596"/>
        <source>Revenue against last year, {currency}</source>
        <translation>Түсім өткен жылмен салыстырғанда, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="597"/>
        <source>Claims by month</source>
        <translation>Айлар бойынша шағымдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="598"/>
        <source>Overdue work by responsible</source>
        <translation>Жауаптылар бойынша мерзімі өткен жұмыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="599"/>
        <source>Past revenue of the clients to win back, {currency}</source>
        <translation>Қайтарылатын клиенттердің бұрынғы түсімі, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="602"/>
        <source>Open deals by stage: {pipeline}</source>
        <translation>Кезеңдер бойынша ашық мәмілелер: {pipeline} воронкасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="603"/>
        <source>Entered</source>
        <translation>Кірген</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="604"/>
        <source>Won</source>
        <translation>Сәтті</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="605"/>
        <source>Lost</source>
        <translation>Сәтсіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="606"/>
        <source>Leads</source>
        <translation>Лидтер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="607"/>
        <source>Revenue</source>
        <translation>Түсім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="608"/>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="609"/>
        <source>Last year</source>
        <translation>Өткен жыл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="610"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="611"/>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="612"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="613"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="614"/>
        <source>Orders</source>
        <translation>Тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="615"/>
        <source>Claim tasks</source>
        <translation>Шағым тапсырмалары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="616"/>
        <source>Past revenue</source>
        <translation>Бұрынғы түсім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="617"/>
        <source>Open deals</source>
        <translation>Ашық мәмілелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="618"/>
        <source>Amount, {currency}</source>
        <translation>Сомасы, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="619"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="620"/>
        <source>Percent</source>
        <translation>Пайыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="621"/>
        <source>A sale is an invoice paid in full, in the client&apos;s currency.</source>
        <translation>Сатылым — клиент валютасында толық төленген шот.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="624"/>
        <source>Total sales divided by the number of sales (invoices paid in full); a dash while there is none.</source>
        <translation>Сатылымдардың жалпы сомасы сатылымдар санына бөлінген (толық төленген шоттар); сатылым болмаса — сызықша.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="628"/>
        <source>An order neither delivered nor cancelled whose due date has passed.</source>
        <translation>Жеткізілмеген де, болдырылмаған да, мерзімі өтіп кеткен тапсырыс.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="631"/>
        <source>{term}: {definition}</source>
        <translation>{term}: {definition}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="632"/>
        <source>Average check</source>
        <translation>Орташа чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="633"/>
        <source>Overdue order</source>
        <translation>Мерзімі өткен тапсырыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="634"/>
        <source>A deal enters a stage when the stage history has a move into it (counted once per deal and stage, by the moment of the move).</source>
        <translation>Кезеңдер тарихында мәміленің кезеңге өтуі жазылса, мәміле сол кезеңге кірген болып саналады (әр мәміле мен кезең үшін бір рет, өту сәті бойынша).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="638"/>
        <source>Conversion = deals that entered the next stage / deals that entered this one.</source>
        <translation>Конверсия = келесі кезеңге кірген мәмілелер / осы кезеңге кірген мәмілелер.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="641"/>
        <source>Time in stage: the median of the times recorded when deals left the stage in the period.</source>
        <translation>Кезеңдегі уақыт: уақыт аралығында мәмілелер кезеңнен шыққан кезде жазылған уақыттардың медианасы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="645"/>
        <source>Lost at: the stage a deal left for a lost stage.</source>
        <translation>Сәтсіз болған кезең: мәміле сәтсіз кезеңге өтер алдында тұрған кезең.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="648"/>
        <source>Won and lost: deals closed in the period in a won or lost stage; amounts of the deals in {currency} only.</source>
        <translation>Сәтті және сәтсіз: уақыт аралығында сәтті немесе сәтсіз кезеңде жабылған мәмілелер; сомалар тек {currency} валютасындағы мәмілелер бойынша.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="652"/>
        <source>Win rate = won / (won + lost) deals closed in the period.</source>
        <translation>Сәттілік үлесі = сәтті / (сәтті + сәтсіз), уақыт аралығында жабылған мәмілелер бойынша.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="655"/>
        <source>A lead: a deal opened in the period; conversion to won = how many of them are won by now.</source>
        <translation>Лид: уақыт аралығында ашылған мәміле; сәттіге конверсия = олардың қазірге дейін қаншасы сәтті болғаны.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="659"/>
        <source>Revenue: the sales issued in the period whose deal came from the source, in {currency}.</source>
        <translation>Түсім: мәмілесі осы дереккөзден келген, уақыт аралығында шығарылған сатылымдар, {currency} валютасында.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="663"/>
        <source>Sales in {currency} count, in the period by their issue date.</source>
        <translation>{currency} валютасындағы сатылымдар саналады, шығарылған күні бойынша уақыт аралығында.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="666"/>
        <source>Revenue: the sum of the sales&apos; totals (by product or category: of their lines).</source>
        <translation>Түсім: сатылымдардың жалпы сомаларының қосындысы (тауар немесе санат бойынша — олардың жолдарының).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="669"/>
        <source>Plan: the amounts set per manager and month in {currency}, for the months the period touches; plan done = revenue of the managers with a plan / plan.</source>
        <translation>Жоспар: әр менеджерге және айға {currency} валютасында белгіленген сомалар, уақыт аралығы қамтитын айлар үшін; жоспар орындалды = жоспары бар менеджерлердің түсімі / жоспар.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="673"/>
        <source>Deals opened: created in the period; won: closed won in the period.</source>
        <translation>Ашылған мәмілелер: уақыт аралығында құрылғандар; сәтті: уақыт аралығында сәтті жабылғандар.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="676"/>
        <source>Last year: the same days one year earlier; change = (now - last year) / last year.</source>
        <translation>Өткен жыл: бір жыл бұрынғы сол күндер; өзгеріс = (қазір - өткен жыл) / өткен жыл.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="680"/>
        <source>Calls, meetings, e-mails: done events starting in the period; overdue events: starting in the period, still planned and past their due time.</source>
        <translation>Қоңыраулар, кездесулер, хаттар: уақыт аралығында басталған, орындалған оқиғалар; мерзімі өткен оқиғалар: уақыт аралығында басталған, әлі жоспарда тұрған және мерзімі өткен оқиғалар.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="684"/>
        <source>By month: claims registered and resolved in the month (UTC); open = registered by the month&apos;s end and neither resolved nor rejected by then.</source>
        <translation>Айлар бойынша: айда тіркелген және шешілген шағымдар (UTC); ашық = ай соңына дейін тіркелген және сол кезге дейін шешілмеген де, қабылданбаған да шағымдар.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="688"/>
        <source>By reason and department: claims dated in the period; share of all of them.</source>
        <translation>Себеп және бөлім бойынша: күні уақыт аралығына түсетін шағымдар; барлық шағымдағы үлесі.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="691"/>
        <source>Satisfied = claims resolved or rejected rated 4 or 5 of 5 / those rated.</source>
        <translation>Қанағаттанды = 5 балдан 4 немесе 5 баға алған шешілген не қабылданбаған шағымдар / баға алған шағымдар.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="694"/>
        <source>Department: the one at fault, else the reason&apos;s.</source>
        <translation>Бөлім: кінәлі бөлім, ол болмаса — себептің бөлімі.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="697"/>
        <source>Most claims: {month} ({count}).</source>
        <translation>Ең көп шағым: {month} ({count}).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="698"/>
        <source>Overdue event: still planned and its due time has passed (claim tasks counted apart).</source>
        <translation>Мерзімі өткен оқиға: әлі жоспарда тұр және мерзімі өтті (шағым тапсырмалары бөлек саналады).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="702"/>
        <source>Overdue claim task: a task of a claim&apos;s plan, still planned, past its due time.</source>
        <translation>Шағымның мерзімі өткен тапсырмасы: шағым жоспарындағы, әлі жоспарда тұрған, мерзімі өткен тапсырма.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="705"/>
        <source>A candidate: a client whose last sale (invoice paid in full, in {currency}) was issued more than {days} days ago; past revenue = all their sales.</source>
        <translation>Үміткер: соңғы сатылымы (толық төленген шот, {currency} валютасында) {days} күннен бұрын шығарылған клиент; бұрынғы түсім = оның барлық сатылымдары.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="709"/>
        <source>The {limit} clients with the largest past revenue.</source>
        <translation>Бұрынғы түсімі ең көп {limit} клиент.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="712"/>
        <source>Revenue this month</source>
        <translation>Осы айдағы түсім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="713"/>
        <source>Sales this month</source>
        <translation>Осы айдағы сатылымдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="714"/>
        <source>Deals won this month</source>
        <translation>Осы айдағы сәтті мәмілелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="715"/>
        <source>Win rate this month, %</source>
        <translation>Осы айдағы сәттілік үлесі, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="716"/>
        <source>Plan done this month, %</source>
        <translation>Осы айда жоспардың орындалуы, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="717"/>
        <source>Overdue events</source>
        <translation>Мерзімі өткен оқиғалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="718"/>
        <source>Overdue orders</source>
        <translation>Мерзімі өткен тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="719"/>
        <source>Open claims</source>
        <translation>Ашық шағымдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="720"/>
        <source>A claim in status {from_status} cannot become {to_status}</source>
        <translation>«{from_status}» күйіндегі шағымды «{to_status}» күйіне ауыстыруға болмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="722"/>
        <source>The claim is {status}: it cannot change any more</source>
        <translation>Шағым «{status}» күйінде: оны енді өзгертуге болмайды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="723"/>
        <source>Choose the result of the claim</source>
        <translation>Шағымның нәтижесін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="724"/>
        <source>Satisfaction is from 1 (not at all) to 5 (fully)</source>
        <translation>Қанағаттану 1-ден (мүлдем жоқ) 5-ке (толық) дейін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="726"/>
        <source>Say why the claim is rejected</source>
        <translation>Шағымның неге қабылданбағанын көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="727"/>
        <source>This file is not attached to the claim</source>
        <translation>Бұл файл шағымға тіркелмеген</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="728"/>
        <source>Log a call, an e-mail, a meeting or a note</source>
        <translation>Қоңырауды, хатты, кездесуді немесе жазбаны тіркеңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="731"/>
        <source>No claim status {status}: use one of {known}</source>
        <translation>{status} деген шағым күйі жоқ: {known} ішінен бірін пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="733"/>
        <source>Every row of the list needs a name</source>
        <translation>Тізімнің әр жолының атауы болуы керек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="734"/>
        <source>Reason {name}: name its department</source>
        <translation>{name} себебі: оның бөлімін көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="735"/>
        <source>{name} is in the list twice</source>
        <translation>{name} тізімде екі рет бар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="736"/>
        <source>This is not a task of the claim&apos;s plan</source>
        <translation>Бұл шағым жоспарының тапсырмасы емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="737"/>
        <source>No client has the address {address}: register the claim by hand</source>
        <translation>{address} мекенжайы бар клиент жоқ: шағымды қолмен тіркеңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="739"/>
        <source>The e-mail has neither a subject nor a text</source>
        <translation>Хатта тақырып та, мәтін де жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="740"/>
        <source>The file has no column for: {columns}</source>
        <translation>Файлда мыналарға баған жоқ: {columns}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="742"/>
        <source>no client given</source>
        <translation>клиент көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="743"/>
        <source>no client {value}</source>
        <translation>{value} клиенті жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="744"/>
        <source>the essence of the claim is empty</source>
        <translation>шағымның мәні толтырылмаған</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="745"/>
        <source>{value} is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>{value} — күн емес (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="747"/>
        <source>no reason {value} in the list</source>
        <translation>тізімде {value} себебі жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="748"/>
        <source>severity {value} is none of low, medium, high, critical</source>
        <translation>{value} маңызы low, medium, high, critical мәндерінің ешқайсысы емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="750"/>
        <source>the client has no order {value}</source>
        <translation>клиентте {value} тапсырысы жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="751"/>
        <source>the client has no invoice {value}</source>
        <translation>клиентте {value} шоты жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="753"/>
        <source>no active user {value}</source>
        <translation>{value} белсенді пайдаланушысы жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="754"/>
        <source>The rule file {path} was refused whole, nothing was imported: {problem}</source>
        <translation>{path} ереже файлы толығымен қабылданбады, ештеңе импортталмады: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="756"/>
        <source>Rule {rule}: {problem}</source>
        <translation>{rule} ережесі: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="757"/>
        <source>Rules run on the desktop or the server, not {value}</source>
        <translation>Ережелер компьютерде немесе серверде орындалады, {value} емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="759"/>
        <source>assigned to {user} ({how})</source>
        <translation>{user} пайдаланушысына тағайындалды ({how})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="760"/>
        <source>deal &quot;{title}&quot; opened in {pipeline}, stage {stage}</source>
        <translation>«{title}» мәмілесі {pipeline} воронкасында, {stage} кезеңінде ашылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="762"/>
        <source>{kind} {number} made from {source}</source>
        <translation>{kind} {number} жасалды, дереккөзі: {source}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="763"/>
        <source>{type} &quot;{subject}&quot; for {user} on {when}</source>
        <translation>{type} «{subject}»: {user}, {when}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="764"/>
        <source>web hook {url} answered {status}</source>
        <translation>{url} веб-хугы жауап берді: {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="765"/>
        <source>e-mail &quot;{subject}&quot; queued for {to}</source>
        <translation>«{subject}» хаты {to} үшін кезекке қойылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="766"/>
        <source>deal moved to {stage}</source>
        <translation>мәміле {stage} кезеңіне ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="767"/>
        <source>{user} told: {text}</source>
        <translation>{user} хабардар етілді: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="768"/>
        <source>{field} set to {value}</source>
        <translation>{field} өрісіне {value} мәні қойылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="769"/>
        <source>tag {tag} added</source>
        <translation>{tag} тегі қосылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="770"/>
        <source>task &quot;{subject}&quot; for {user}, due {due}</source>
        <translation>{user} үшін «{subject}» тапсырмасы, мерзімі {due}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="771"/>
        <source>tag {tag} removed</source>
        <translation>{tag} тегі алынды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="772"/>
        <source>web hook {url} failed: {reason}</source>
        <translation>{url} веб-хугы орындалмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="773"/>
        <source>web hook {url} not called: web hooks are off</source>
        <translation>{url} веб-хугы шақырылмады: веб-хуктар өшірулі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="775"/>
        <source>{client} has no e-mail address</source>
        <translation>{client} клиентінің эл. пошта мекенжайы жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="776"/>
        <source>the record has no client</source>
        <translation>жазбада клиент жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="777"/>
        <source>the deal has no quote to copy</source>
        <translation>мәміледе көшіретін коммерциялық ұсыныс жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="778"/>
        <source>letter {title} saved with {client}&apos;s files</source>
        <translation>{title} хаты {client} клиентінің файлдарында сақталды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="780"/>
        <source>the pipeline {pipeline} has no stage {stage}</source>
        <translation>{pipeline} воронкасында {stage} кезеңі жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="782"/>
        <source>no active user {login}</source>
        <translation>{login} белсенді пайдаланушысы жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="783"/>
        <source>nobody to assign: every manager named is absent</source>
        <translation>тағайындайтын ешкім жоқ: аталған менеджерлердің бәрі жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="785"/>
        <source>Rule {rule} is on {entity}s: pick one</source>
        <translation>{rule} ережесі «{entity}» жазбаларына арналған: біреуін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="786"/>
        <source>No rule {rule}</source>
        <translation>{rule} ережесі жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="787"/>
        <source>stopped: a chain of rules reached the limit of {limit} (a rule&apos;s change firing another rule)</source>
        <translation>тоқтатылды: ережелер тізбегі {limit} шегіне жетті (бір ереженің өзгерісі басқа ережені іске қосады)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="790"/>
        <source>The template has an unclosed or stray brace: {reason}</source>
        <translation>Үлгіде жабылмаған немесе артық фигуралық жақша бар: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="792"/>
        <source>Unknown placeholder {{{name}}}; use one of: {known}</source>
        <translation>Белгісіз ауыстырма {{{name}}}; мыналардың бірін пайдаланыңыз: {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="794"/>
        <source>{field} is not a field a stage can require</source>
        <translation>{field} — кезең талап ете алатын өріс емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="796"/>
        <source>No active user {login}: name one with --user LOGIN</source>
        <translation>{login} белсенді пайдаланушысы жоқ: --user LOGIN арқылы көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="805"/>
        <source>edit clients</source>
        <translation>клиенттерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="806"/>
        <source>import clients</source>
        <translation>клиенттерді импорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="807"/>
        <source>merge clients</source>
        <translation>клиенттерді біріктіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="808"/>
        <source>edit segments</source>
        <translation>сегменттерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="809"/>
        <source>edit events</source>
        <translation>оқиғаларды өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="810"/>
        <source>sell (quotes, invoices, payments)</source>
        <translation>сату (коммерциялық ұсыныстар, шоттар, төлемдер)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="811"/>
        <source>approve prices below the minimum</source>
        <translation>ең төменгіден төмен бағаларды келісу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="812"/>
        <source>edit the catalogue</source>
        <translation>каталогты өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="813"/>
        <source>change minimum prices</source>
        <translation>ең төмен бағаларды өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="814"/>
        <source>import price lists</source>
        <translation>баға парақтарын импорттау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="815"/>
        <source>change a client&apos;s terms of sale</source>
        <translation>клиенттің сату шарттарын өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="816"/>
        <source>change the company&apos;s requisites and settings</source>
        <translation>компанияның деректемелері мен баптауларын өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="817"/>
        <source>set up the mail server</source>
        <translation>пошта серверін баптау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="818"/>
        <source>edit custom fields</source>
        <translation>қосымша өрістерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="819"/>
        <source>manage users</source>
        <translation>пайдаланушыларды басқару</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="820"/>
        <source>back up and restore the database</source>
        <translation>дерекқордың резервтік көшірмесін жасау және қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="821"/>
        <source>edit deals</source>
        <translation>мәмілелерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="822"/>
        <source>edit other salespeople&apos;s deals</source>
        <translation>басқа менеджерлердің мәмілелерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="823"/>
        <source>edit pipelines and their stages</source>
        <translation>воронкаларды және олардың кезеңдерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="824"/>
        <source>read the change history</source>
        <translation>өзгерістер тарихын қарау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="825"/>
        <source>edit orders</source>
        <translation>тапсырыстарды өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="826"/>
        <source>edit other salespeople&apos;s orders</source>
        <translation>басқа менеджерлердің тапсырыстарын өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="827"/>
        <source>work on claims</source>
        <translation>шағымдармен жұмыс істеу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="828"/>
        <source>edit other salespeople&apos;s claims</source>
        <translation>басқа менеджерлердің шағымдарын өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="829"/>
        <source>edit the claim reasons and results lists</source>
        <translation>шағым себептері мен нәтижелерінің тізімдерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="830"/>
        <source>send mass mailings (campaigns)</source>
        <translation>жаппай тарату (науқандар) жіберу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="831"/>
        <source>edit the automation rules</source>
        <translation>автоматтандыру ережелерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="839"/>
        <source>salesperson</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="840"/>
        <source>head of sales</source>
        <translation>сату бөлімінің басшысы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="841"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="22"/>
        <source>Row {0}: {1}</source>
        <translation>{0}-жол: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="25"/>
        <source>… and {0} more in the report</source>
        <translation>… және есепте тағы {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="32"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="34"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="37"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="38"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="35"/>
        <source>Call</source>
        <translation>Қоңырау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="36"/>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="37"/>
        <source>E-mail</source>
        <translation>Эл. хат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="38"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="39"/>
        <source>Planned interaction</source>
        <translation>Жоспарланған өзара әрекет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="40"/>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="41"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="52"/>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="42"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="43"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="51"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="55"/>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="45"/>
        <source>Issued</source>
        <translation>Жазылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="46"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="47"/>
        <source>Partially paid</source>
        <translation>Ішінара төленді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="48"/>
        <source>Paid</source>
        <translation>Төленді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="49"/>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="50"/>
        <source>Declined</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="53"/>
        <source>Shipped</source>
        <translation>Жөнелтілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="54"/>
        <source>Delivered</source>
        <translation>Жеткізілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="56"/>
        <source>Bank transfer</source>
        <translation>Банк аударымы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="57"/>
        <source>Cash</source>
        <translation>Қолма-қол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="58"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="59"/>
        <source>Components</source>
        <translation>Жинақтауыштар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="60"/>
        <source>Products</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="61"/>
        <source>Services</source>
        <translation>Қызметтер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="64"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="65"/>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="66"/>
        <source>Awaiting payment</source>
        <translation>Төлемді күтуде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="67"/>
        <source>Ready to ship</source>
        <translation>Жөнелтуге дайын</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="68"/>
        <source>Open deal</source>
        <translation>Ашық мәміле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="69"/>
        <source>Won deal</source>
        <translation>Сәтті мәміле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="70"/>
        <source>Lost deal</source>
        <translation>Сәтсіз мәміле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="71"/>
        <source>Quote</source>
        <translation>Коммерциялық ұсыныс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="72"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="142"/>
        <source>Invoice</source>
        <translation>Шот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="73"/>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="74"/>
        <source>Person</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="75"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="76"/>
        <source>Prospect</source>
        <translation>Әлеуетті</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="77"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="78"/>
        <source>Inactive</source>
        <translation>Белсенді емес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="79"/>
        <source>mobile</source>
        <translation>ұялы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="80"/>
        <source>work</source>
        <translation>жұмыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="81"/>
        <source>home</source>
        <translation>үй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="82"/>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="83"/>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="84"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="85"/>
        <source>Number</source>
        <translation>Сан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="86"/>
        <source>Date</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="87"/>
        <source>Choice</source>
        <translation>Тізімнен таңдау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="88"/>
        <source>Checkbox</source>
        <translation>Жалауша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="106"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="107"/>
        <source>Referral</source>
        <translation>Ұсыным бойынша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="108"/>
        <source>Exhibition</source>
        <translation>Көрме</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="109"/>
        <source>Cold call</source>
        <translation>Суық қоңырау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="110"/>
        <source>Advertising</source>
        <translation>Жарнама</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="111"/>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="112"/>
        <source>Repeat customer</source>
        <translation>Тұрақты клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="113"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="143"/>
        <source>Commercial offer</source>
        <translation>Коммерциялық ұсыныс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="144"/>
        <source>Payment reminder</source>
        <translation>Төлем туралы еске салу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="167"/>
        <source>BIN/IIN</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="167"/>
        <source>VÖEN</source>
        <translation>ВӨЕН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="168"/>
        <source>EDRPOU</source>
        <translation>ЕДРПОУ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="169"/>
        <source>RNOKPP</source>
        <translation>РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="169"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="170"/>
        <source>Register No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="173"/>
        <source>Tax ID</source>
        <translation>БСН/ЖСН</translation>
    </message>
</context>
<context>
    <name>mailing</name>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="13"/>
        <source>will get it</source>
        <translation>алады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="14"/>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="15"/>
        <source>not delivered</source>
        <translation>жеткізілмеді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="16"/>
        <source>opted out</source>
        <translation>бас тартты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="17"/>
        <source>bad address</source>
        <translation>қате мекенжай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="18"/>
        <source>no e-mail address</source>
        <translation>эл. пошта мекенжайы жоқ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="19"/>
        <source>address shared with another client</source>
        <translation>мекенжай басқа клиентпен ортақ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="25"/>
        <source>sending</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="26"/>
        <source>cancelled</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="31"/>
        <source>entered by hand</source>
        <translation>қолмен енгізілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="32"/>
        <source>replied to a letter</source>
        <translation>хатқа жауап берді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="33"/>
        <source>asked by phone</source>
        <translation>телефонмен сұрады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="34"/>
        <source>unsubscribe link</source>
        <translation>жазылымнан бас тарту сілтемесі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="40"/>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="18"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="916"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="909"/>
        <source>Something went wrong: {0}. Nothing was saved. Details are in the log file.</source>
        <translation>Бірдеңе дұрыс болмады: {0}. Ештеңе сақталмады. Толығырақ журнал файлында.</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="21"/>
        <source>Overdue: past the due date, not delivered</source>
        <translation>Мерзімі өткен: мерзімі өтті, жеткізілмеді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="27"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="28"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="31"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="33"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="35"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="42"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="47"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="48"/>
        <source>Invoice</source>
        <translation>Шот</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="33"/>
        <source>Sales funnel</source>
        <translation>Сату воронкасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="34"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="61"/>
        <source>Sales</source>
        <translation>Сатылымдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="35"/>
        <source>Manager benchmark</source>
        <translation>Менеджерлерді салыстыру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="36"/>
        <source>Won and lost</source>
        <translation>Сәтті және сәтсіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="37"/>
        <source>Lead sources</source>
        <translation>Лид дереккөздері</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="38"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="152"/>
        <source>Claims</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="39"/>
        <source>Overdue work</source>
        <translation>Мерзімі өткен жұмыс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="40"/>
        <source>Reactivation candidates</source>
        <translation>Қайта белсендіруге үміткерлер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="47"/>
        <source>Conversion to won, %</source>
        <translation>Сәттіге конверсия, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="49"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="50"/>
        <source>Entered</source>
        <translation>Кірген</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="51"/>
        <source>Conversion to next, %</source>
        <translation>Келесіге конверсия, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="52"/>
        <source>Median days in stage</source>
        <translation>Кезеңдегі күндер медианасы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="53"/>
        <source>Lost here</source>
        <translation>Осында сәтсіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="54"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="109"/>
        <source>Period</source>
        <translation>Уақыт аралығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="55"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="139"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="56"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="140"/>
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="57"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="141"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="58"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="112"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="142"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="59"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="143"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="60"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="62"/>
        <source>Revenue</source>
        <translation>Түсім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="63"/>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="64"/>
        <source>Plan done, %</source>
        <translation>Жоспар орындалды, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="65"/>
        <source>Deals opened</source>
        <translation>Ашылған мәмілелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="66"/>
        <source>Won</source>
        <translation>Сәтті</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="67"/>
        <source>Win rate, %</source>
        <translation>Сәттілік үлесі, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="68"/>
        <source>Average check</source>
        <translation>Орташа чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="69"/>
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="70"/>
        <source>Meetings</source>
        <translation>Кездесулер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="71"/>
        <source>E-mails</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="72"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="87"/>
        <source>Overdue events</source>
        <translation>Мерзімі өткен оқиғалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="73"/>
        <source>Change, %</source>
        <translation>Өзгеріс, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="74"/>
        <source>Last year</source>
        <translation>Өткен жыл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="75"/>
        <source>Won amount</source>
        <translation>Сәтті сома</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="76"/>
        <source>Lost amount</source>
        <translation>Сәтсіз сома</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="77"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="78"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="114"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="79"/>
        <source>Leads</source>
        <translation>Лидтер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="80"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="137"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="81"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="82"/>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="83"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="84"/>
        <source>Satisfied, %</source>
        <translation>Қанағаттанды, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="85"/>
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="86"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="88"/>
        <source>Overdue orders</source>
        <translation>Мерзімі өткен тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="89"/>
        <source>Overdue claim tasks</source>
        <translation>Шағымның мерзімі өткен тапсырмалары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="90"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="102"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="91"/>
        <source>Last purchase</source>
        <translation>Соңғы сатып алу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="92"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="117"/>
        <source>Days without a purchase</source>
        <translation>Сатып алусыз күндер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="93"/>
        <source>Past revenue</source>
        <translation>Бұрынғы түсім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="94"/>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="95"/>
        <source>Lost</source>
        <translation>Сәтсіз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="96"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="97"/>
        <source>Opened, last year</source>
        <translation>Ашылған, өткен жыл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="98"/>
        <source>Won, last year</source>
        <translation>Сәтті, өткен жыл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="99"/>
        <source>Win rate last year, %</source>
        <translation>Сәттілік үлесі, өткен жыл, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="100"/>
        <source>Share, %</source>
        <translation>Үлесі, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="101"/>
        <source>Stage lost at</source>
        <translation>Сәтсіз болған кезең</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="110"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="111"/>
        <source>Manager or team</source>
        <translation>Менеджер немесе команда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="113"/>
        <source>Product or category</source>
        <translation>Тауар немесе санат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="115"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="116"/>
        <source>Group by</source>
        <translation>Топтау</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="124"/>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="125"/>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="126"/>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="127"/>
        <source>Last 12 months</source>
        <translation>Соңғы 12 ай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="128"/>
        <source>Custom</source>
        <translation>Таңдау бойынша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="135"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="136"/>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="138"/>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="150"/>
        <source>Deals</source>
        <translation>Мәмілелер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="151"/>
        <source>Invoices</source>
        <translation>Шоттар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="153"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="154"/>
        <source>Orders</source>
        <translation>Тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="155"/>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="160"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
</context>
</TS>
