<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN" sourcelanguage="en_US">
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="128"/>
        <source>field</source>
        <translation>талбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="129"/>
        <source>value</source>
        <translation>утга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="132"/>
        <source>how</source>
        <translation>хэрхэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="133"/>
        <source>managers (logins, comma-separated)</source>
        <translation>менежерүүд (нэвтрэх нэрс таслалаар)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="134"/>
        <source>table: match=login; match=login</source>
        <translation>хүснэгт: утга=нэвтрэх нэр; утга=нэвтрэх нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="135"/>
        <source>by</source>
        <translation>-аар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="138"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="144"/>
        <source>subject</source>
        <translation>гарчиг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="139"/>
        <source>due in days</source>
        <translation>хугацаа, өдөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="140"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="146"/>
        <source>for</source>
        <translation>гүйцэтгэгч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="143"/>
        <source>type</source>
        <translation>төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="145"/>
        <source>in days</source>
        <translation>өдрийн дараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="149"/>
        <source>pipeline</source>
        <translation>юүлүүр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="150"/>
        <source>title</source>
        <translation>нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="153"/>
        <source>stage</source>
        <translation>үе шат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="156"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="159"/>
        <source>tag</source>
        <translation>шошго</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="162"/>
        <source>template</source>
        <translation>загвар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="165"/>
        <source>whom</source>
        <translation>хэнд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="166"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="169"/>
        <source>document</source>
        <translation>баримт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="170"/>
        <source>title, e.g. Contract for {client}</source>
        <translation>гарчиг, жишээ нь {client}-д зориулсан гэрээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="171"/>
        <source>text, with {client}, {title}, {amount}…</source>
        <translation>текст, {client}, {title}, {amount}… орсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="174"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="175"/>
        <source>timeout, s</source>
        <translation>хүлээх, с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="176"/>
        <source>retries</source>
        <translation>давталт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="212"/>
        <source>the record&apos;s manager</source>
        <translation>бичлэгийн менежер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="220"/>
        <source>the default pipeline</source>
        <translation>үндсэн юүлүүр</translation>
    </message>
</context>
<context>
    <name>AutomationButton</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="24"/>
        <source>A&amp;utomation</source>
        <translation>А&amp;втоматжуулалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="26"/>
        <source>Why did something happen to this record, and the rules you can run on it by hand</source>
        <translation>Энэ бичлэгт яагаад ямар нэг зүйл болсон, түүн дээр гараар ажиллуулж болох дүрмүүд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="38"/>
        <source>Why did this happen?</source>
        <translation>Энэ яагаад болсон бэ?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="45"/>
        <source>No rules to run by hand</source>
        <translation>Гараар ажиллуулах дүрэм алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="48"/>
        <source>Run: {rule}</source>
        <translation>Ажиллуулах: {rule}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="73"/>
        <source>nothing to do</source>
        <translation>хийх зүйл алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="76"/>
        <source>Done: {what}</source>
        <translation>Гүйцэтгэсэн: {what}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="77"/>
        <source>The rule failed: {what}</source>
        <translation>Дүрэм биелсэнгүй: {what}</translation>
    </message>
</context>
<context>
    <name>CallResultDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="43"/>
        <source>Call result</source>
        <translation>Дуудлагын үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="47"/>
        <source>Save result</source>
        <translation>Үр дүнг хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="48"/>
        <source>Skip</source>
        <translation>Алгасах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="53"/>
        <source>Call with {0} started at {1}. How did it go?</source>
        <translation>Дуудлага: {0}, эхэлсэн цаг: {1}. Ямар үр дүнтэй болсон бэ?</translation>
    </message>
</context>
<context>
    <name>CampaignWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="92"/>
        <source>Mass mailing</source>
        <translation>Бөөн илгээлт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="101"/>
        <source>New campaign</source>
        <translation>Шинэ кампанит ажил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="102"/>
        <source>Campaigns</source>
        <translation>Кампанит ажлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="103"/>
        <source>Opt-out list</source>
        <translation>Татгалзсан хаягууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="109"/>
        <source>Only the head of sales sends campaigns</source>
        <translation>Кампанит ажлыг зөвхөн борлуулалтын албаны дарга илгээнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="126"/>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="140"/>
        <source>Save &amp;template</source>
        <translation>Загвар ха&amp;дгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="144"/>
        <source>&amp;Template:</source>
        <translation>&amp;Загвар:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="150"/>
        <source>S&amp;ubject:</source>
        <translation>С&amp;эдэв:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="155"/>
        <source>&amp;Letter:</source>
        <translation>Захида&amp;л:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="160"/>
        <source>Placeholders:</source>
        <translation>Орлуулагч:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="162"/>
        <source>Send</source>
        <translation>Илгээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="167"/>
        <source> a minute</source>
        <translation> /минут</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="168"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Хурд:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="175"/>
        <source>your own address</source>
        <translation>өөрийн хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="176"/>
        <source>Test &amp;to:</source>
        <translation>Туршилтын ха&amp;яг:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="177"/>
        <source>Send a t&amp;est to myself</source>
        <translation>Өөртөө &amp;туршилт илгээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="181"/>
        <source>Send the &amp;campaign…</source>
        <translation>Кампанит ажлыг &amp;илгээх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="189"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="390"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="461"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="190"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="391"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="462"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="479"/>
        <source>Address</source>
        <translation>Хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="191"/>
        <source>Contact</source>
        <translation>Холбогдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="192"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="249"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="392"/>
        <source>Letter</source>
        <translation>Захидал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="220"/>
        <source>All clients</source>
        <translation>Бүх харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="260"/>
        <source>Counting the segment…</source>
        <translation>Сегментийг тоолж байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="281"/>
        <source>{total} clients in the segment: {queued} will get the letter, {opted} opted out, {bad} bad address, {none} without an address, {shared} at an address another client gets it at</source>
        <translation>Сегментэд {total} харилцагч: {queued} нь захидал авна, {opted} татгалзсан, {bad} хаяг буруу, {none} хаяггүй, {shared} нь өөр харилцагчтай ижил хаягтай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="310"/>
        <source>To: {to}
Subject: {subject}</source>
        <translation>Хэнд: {to}
Сэдэв: {subject}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="313"/>
        <source>Not sent to this client: {why}</source>
        <translation>Энэ харилцагчид илгээхгүй: {why}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="337"/>
        <source>A test letter to {to} is in the outbox.</source>
        <translation>{to} хаяг руу илгээх туршилтын захидал гарах шуудан руу орлоо.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="344"/>
        <source>Send the campaign</source>
        <translation>Кампанит ажлыг илгээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="345"/>
        <source>Send the letter to {queued} clients, {rate} a minute (about {minutes} minutes)?</source>
        <translation>Захидлыг {queued} харилцагчид минутад {rate} хурдтайгаар (ойролцоогоор {minutes} минут) илгээх үү?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="370"/>
        <source>Queued at</source>
        <translation>Дараалалд орсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="371"/>
        <source>Campaign</source>
        <translation>Кампанит ажил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="372"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="373"/>
        <source>Rate</source>
        <translation>Хурд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="373"/>
        <source>{n}/min</source>
        <translation>{n}/мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="375"/>
        <source>Clients</source>
        <translation>Харилцагчид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="376"/>
        <source>Waiting</source>
        <translation>Хүлээгдэж буй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="377"/>
        <source>Sent</source>
        <translation>Илгээсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="378"/>
        <source>Failed</source>
        <translation>Алдаатай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="379"/>
        <source>Opted out</source>
        <translation>Татгалзсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="380"/>
        <source>Bad address</source>
        <translation>Буруу хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="381"/>
        <source>No address</source>
        <translation>Хаяггүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="387"/>
        <source>The chosen campaign&apos;s recipients (failures first):</source>
        <translation>Сонгосон кампанит ажлын хүлээн авагчид (алдаатай нь эхэндээ):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="394"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="480"/>
        <source>Server&apos;s answer</source>
        <translation>Серверийн хариу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="400"/>
        <source>Cancel the letters not yet sent</source>
        <translation>Илгээгээгүй захидлуудыг цуцлах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="447"/>
        <source>e-mail address that asked to stop, or the subject of its unsubscribe reply</source>
        <translation>зогсоохыг хүссэн и-мэйл хаяг, эсвэл түүний татгалзсан хариуны сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="454"/>
        <source>&amp;Add to the list</source>
        <translation>Жагсаалтад &amp;нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="460"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="478"/>
        <source>Since</source>
        <translation>Хэзээнээс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="461"/>
        <source>(any client)</source>
        <translation>(ямар ч харилцагч)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="462"/>
        <source>(every address)</source>
        <translation>(бүх хаяг)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="463"/>
        <source>How</source>
        <translation>Хэрхэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="464"/>
        <source>Note</source>
        <translation>Тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="470"/>
        <source>&amp;Remove from the list</source>
        <translation>Жагсаалтаас &amp;хасах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="475"/>
        <source>Addresses a mail server refused for good (campaigns skip them):</source>
        <translation>Шуудангийн сервер бүрмөсөн татгалзсан хаягууд (кампанит ажил тэднийг алгасна):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="486"/>
        <source>Try this address &amp;again</source>
        <translation>Энэ хаягийг &amp;дахин оролдох</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="130"/>
        <source>Product catalogue</source>
        <translation>Барааны каталог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="142"/>
        <source>Code or name</source>
        <translation>Код эсвэл нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="145"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="146"/>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="253"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="148"/>
        <source>Unit</source>
        <translation>Нэгж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="149"/>
        <source>Recommended price</source>
        <translation>Зөвлөмжит үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="151"/>
        <source>Minimum price</source>
        <translation>Доод үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="153"/>
        <source>VAT %</source>
        <translation>НӨАТ %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="159"/>
        <source>&amp;New product</source>
        <translation>&amp;Шинэ бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="161"/>
        <source>New &amp;category</source>
        <translation>Шинэ &amp;ангилал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="162"/>
        <source>&amp;Warehouses…</source>
        <translation>А&amp;гуулахууд…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="163"/>
        <source>&amp;Import prices and stock…</source>
        <translation>Үнэ, &amp;үлдэгдэл импортлох…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="253"/>
        <source>New category</source>
        <translation>Шинэ ангилал</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="59"/>
        <source>Category</source>
        <translation>Ангилал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="59"/>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryView</name>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>When</source>
        <translation>Хэзээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>Who</source>
        <translation>Хэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>What</source>
        <translation>Юу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="51"/>
        <source>Before</source>
        <translation>Өмнө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="51"/>
        <source>After</source>
        <translation>Дараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="52"/>
        <source>Reload</source>
        <translation>Шинэчлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="63"/>
        <source>A new card has no history yet.</source>
        <translation>Шинэ картад өөрчлөлтийн түүх хараахан алга.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="66"/>
        <source>The change history is kept by the team server: sign in to one to see who changed what.</source>
        <translation>Өөрчлөлтийн түүхийг багийн сервер хадгалдаг: хэн юу өөрчилснийг харахын тулд сервер рүү нэвтэрнэ үү.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="69"/>
        <source>Loading…</source>
        <translation>Ачаалж байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="80"/>
        <source>created</source>
        <translation>үүсгэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="80"/>
        <source>changed</source>
        <translation>өөрчилсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="81"/>
        <source>deleted</source>
        <translation>устгасан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="81"/>
        <source>merged</source>
        <translation>нэгтгэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="82"/>
        <source>No changes recorded yet.</source>
        <translation>Өөрчлөлт хараахан бүртгэгдээгүй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="85"/>
        <source>the program</source>
        <translation>програм</translation>
    </message>
</context>
<context>
    <name>ClaimCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="152"/>
        <source>&amp;Claim</source>
        <translation>&amp;Гомдол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="153"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="547"/>
        <source>&amp;Plan</source>
        <translation>&amp;Төлөвлөгөө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="154"/>
        <source>&amp;Files</source>
        <translation>&amp;Файлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="155"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Харилцаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>When</source>
        <translation>Хэзээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>From</source>
        <translation>Хаанаас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>To</source>
        <translation>Хаашаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>By</source>
        <translation>Хэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>Comment</source>
        <translation>Тайлбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="158"/>
        <source>Histor&amp;y</source>
        <translation>Т&amp;үүх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="161"/>
        <source>&amp;Save</source>
        <translation>Ха&amp;дгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="165"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="186"/>
        <source>New claim</source>
        <translation>Шинэ гомдол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="187"/>
        <source>New claim (numbered when saved)</source>
        <translation>Шинэ гомдол (хадгалахад дугаар олгоно)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="212"/>
        <source>(not set)</source>
        <translation>(тодорхойгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="254"/>
        <source>Find the claimant…</source>
        <translation>Гомдол гаргагчийг хайх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="267"/>
        <source>(the reason&apos;s department)</source>
        <translation>(шалтгааны хэлтэс)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="269"/>
        <source>Edit the &amp;list…</source>
        <translation>Жагсаа&amp;лтыг засах…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="286"/>
        <source>&amp;Date</source>
        <translation>&amp;Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="287"/>
        <source>Claimant &amp;is</source>
        <translation>Гомдол гаргаг&amp;чийн төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="288"/>
        <source>Claimant</source>
        <translation>Гомдол гаргагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="289"/>
        <source>C&amp;ontact person</source>
        <translation>Хол&amp;богдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="290"/>
        <source>&amp;Order</source>
        <translation>&amp;Захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="291"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Нэхэмжлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="292"/>
        <source>&amp;Product</source>
        <translation>Ба&amp;раа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="293"/>
        <source>&amp;Responsible</source>
        <translation>Хариу&amp;цагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="294"/>
        <source>Person at &amp;fault</source>
        <translation>Б&amp;уруутай ажилтан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="295"/>
        <source>Department at fa&amp;ult</source>
        <translation>Буруутай хэлтэ&amp;с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="296"/>
        <source>Rea&amp;son</source>
        <translation>&amp;Шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="299"/>
        <source>Se&amp;verity</source>
        <translation>Ноцтой б&amp;айдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="300"/>
        <source>Dead&amp;line</source>
        <translation>&amp;Эцсийн хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="304"/>
        <source>&amp;Essence</source>
        <translation>&amp;Мөн чанар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="305"/>
        <source>Requested re&amp;medy</source>
        <translation>Хүссэн арга хэм&amp;жээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="309"/>
        <source>Outcome</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>What</source>
        <translation>Юу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>Who</source>
        <translation>Хэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>By when</source>
        <translation>Хэзээ гэхэд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="324"/>
        <source>Result</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="329"/>
        <source>What is to be done…</source>
        <translation>Юу хийх вэ…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="336"/>
        <source>&amp;Add task</source>
        <translation>Даалгавар &amp;нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="339"/>
        <source>Mark &amp;done…</source>
        <translation>Гүй&amp;цэтгэсэн…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>Size</source>
        <translation>Хэмжээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>Added</source>
        <translation>Нэмсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="358"/>
        <source>&amp;Attach files…</source>
        <translation>Файл хав&amp;саргах…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="361"/>
        <source>&amp;Open</source>
        <translation>&amp;Нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>Type</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>Subject</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="375"/>
        <source>Content</source>
        <translation>Агуулга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="384"/>
        <source>Subject…</source>
        <translation>Сэдэв…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="387"/>
        <source>What was said or agreed…</source>
        <translation>Юу ярьсан, юуг тохирсон…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="388"/>
        <source>&amp;Log</source>
        <translation>&amp;Бүртгэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="428"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="450"/>
        <source>(none)</source>
        <translation>(байхгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="438"/>
        <source>(the claim&apos;s responsible)</source>
        <translation>(гомдлын хариуцагч)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="475"/>
        <source>Claim {0}</source>
        <translation>Гомдол {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="476"/>
        <source>Claim {0} of {1}</source>
        <translation>Гомдол {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="495"/>
        <source>Result: {0}</source>
        <translation>Үр дүн: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="497"/>
        <source>Satisfaction: {0} of 5</source>
        <translation>Сэтгэл ханамж: 5-аас {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="501"/>
        <source>Repeats the open claim {0}</source>
        <translation>Нээлттэй {0} гомдлыг давтаж байна</translation>
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
        <translation>Гүйцэтгэсэн: {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="537"/>
        <source>{0} overdue</source>
        <translation>{0} хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="538"/>
        <source>No plan yet</source>
        <translation>Төлөвлөгөө алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="544"/>
        <source>Overdue</source>
        <translation>Хугацаа хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="546"/>
        <source>&amp;Plan ({0}/{1})</source>
        <translation>&amp;Төлөвлөгөө ({0}/{1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="558"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="564"/>
        <source>Status: {0}</source>
        <translation>Төлөв: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="567"/>
        <source>since {0}</source>
        <translation>{0} цагаас хойш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="569"/>
        <source>overdue</source>
        <translation>хугацаа хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="584"/>
        <source>Choose the claimant first.</source>
        <translation>Эхлээд гомдол гаргагчийг сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="611"/>
        <source>This claim repeats the open claim {0}.</source>
        <translation>Энэ гомдол нээлттэй {0} гомдлыг давтаж байна.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="676"/>
        <source>Task done</source>
        <translation>Даалгавар гүйцэтгэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="677"/>
        <source>What came out of it:</source>
        <translation>Үр дүн нь юу болсон бэ:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="693"/>
        <source>Attach files</source>
        <translation>Файл хавсаргах</translation>
    </message>
</context>
<context>
    <name>ClaimsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="58"/>
        <source>Claims</source>
        <translation>Гомдлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="68"/>
        <source>All statuses</source>
        <translation>Бүх төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="69"/>
        <source>Open (not resolved or rejected)</source>
        <translation>Нээлттэй (дуусаагүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="72"/>
        <source>All reasons</source>
        <translation>Бүх шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="73"/>
        <source>All departments</source>
        <translation>Бүх хэлтэс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="74"/>
        <source>Anyone responsible</source>
        <translation>Бүх хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="75"/>
        <source>All clients</source>
        <translation>Бүх харилцагчид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="76"/>
        <source>&amp;Overdue only</source>
        <translation>Зөвхөн &amp;хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="82"/>
        <source>Number, client or essence…</source>
        <translation>Дугаар, харилцагч эсвэл агуулга…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="84"/>
        <source>&amp;New claim…</source>
        <translation>&amp;Шинэ гомдол…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="88"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="91"/>
        <source>&amp;Reasons…</source>
        <translation>Ш&amp;алтгаанууд…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="96"/>
        <source>From</source>
        <translation>Эхлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="98"/>
        <source>to</source>
        <translation>хүртэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="166"/>
        <source>(any)</source>
        <translation>(дурын)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="228"/>
        <source>{0} claims, {1} open, {2} overdue</source>
        <translation>{0} гомдол, {1} нээлттэй, {2} хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="300"/>
        <source>Export claims</source>
        <translation>Гомдлуудыг экспортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="301"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="306"/>
        <source>Exporting…</source>
        <translation>Экспортлож байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="314"/>
        <source>{0} claims exported to {1}</source>
        <translation>{0} гомдлыг {1} руу экспортлосон</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="99"/>
        <source>New client</source>
        <translation>Шинэ харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="120"/>
        <source>Change history</source>
        <translation>Өөрчлөлтийн түүх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="133"/>
        <source>New c&amp;laim…</source>
        <translation>Шинэ &amp;гомдол…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="100"/>
        <source>Contacts</source>
        <translation>Холбоо барих</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="124"/>
        <source>Contact {0}</source>
        <translation>Холбоо барих {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/custom.py" line="37"/>
        <source>No custom fields yet. An administrator adds them in Settings → Custom fields.</source>
        <translation>Нэмэлт талбар хараахан алга. Админ тэдгээрийг Тохиргоо → Нэмэлт талбарууд хэсэгт нэмнэ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/custom.py" line="63"/>
        <source>Custom fields</source>
        <translation>Нэмэлт талбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="40"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="40"/>
        <source>What</source>
        <translation>Юу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="41"/>
        <source>Details</source>
        <translation>Дэлгэрэнгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="42"/>
        <source>Amount</source>
        <translation>Дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="44"/>
        <source>Event</source>
        <translation>Үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="45"/>
        <source>Deal</source>
        <translation>Хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="46"/>
        <source>Document</source>
        <translation>Баримт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="59"/>
        <source>Kept beside similar clients:</source>
        <translation>Төстэй харилцагчдын хажууд үлдээсэн:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="67"/>
        <source>History</source>
        <translation>Түүх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="78"/>
        <source>(nobody)</source>
        <translation>(хэн ч үгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="83"/>
        <source>VIP, wholesale</source>
        <translation>VIP, бөөний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="95"/>
        <source>One phone a line, e.g. +7 727 250 10 20</source>
        <translation>Мөр бүрт нэг утас, ж.нь +976 7011 2233</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="98"/>
        <source>One e-mail a line</source>
        <translation>Мөр бүрт нэг и-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="103"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="202"/>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="104"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="188"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="203"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="105"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="204"/>
        <source>Full name</source>
        <translation>Бүтэн нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="107"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="212"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="108"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="213"/>
        <source>Source</source>
        <translation>Эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="109"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="110"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="214"/>
        <source>Tags</source>
        <translation>Шошго</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="111"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="189"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="207"/>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="112"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="208"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="113"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="209"/>
        <source>City</source>
        <translation>Хот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="114"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="210"/>
        <source>Address</source>
        <translation>Хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="115"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="190"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="52"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="215"/>
        <source>Currency</source>
        <translation>Валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="116"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="191"/>
        <source>Office phones</source>
        <translation>Оффисын утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="117"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="192"/>
        <source>Office e-mails</source>
        <translation>Оффисын и-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="123"/>
        <source>Probable typo: {0} mixes Latin and Cyrillic letters</source>
        <translation>Үсгийн алдаа байж магадгүй: {0}-д латин, кирилл үсэг холилдсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="135"/>
        <source>Main</source>
        <translation>Үндсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="48"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="217"/>
        <source>Notes</source>
        <translation>Тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="50"/>
        <source>Attachments</source>
        <translation>Хавсралтууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="59"/>
        <source>Attach a file…</source>
        <translation>Файл хавсаргах…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="65"/>
        <source>Notes and attachments</source>
        <translation>Тэмдэглэл, хавсралт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="72"/>
        <source>Save the client first</source>
        <translation>Эхлээд харилцагчийг хадгална уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="79"/>
        <source>Attach a file</source>
        <translation>Файл хавсаргах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="103"/>
        <source>The file is missing from the attachment store</source>
        <translation>Хавсралтын санд файл алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="38"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="86"/>
        <source>Partner</source>
        <translation>Түнш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="39"/>
        <source>Relation</source>
        <translation>Холбоо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="40"/>
        <source>Note</source>
        <translation>Тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="42"/>
        <source>Link a partner…</source>
        <translation>Түнштэй холбох…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="45"/>
        <source>Remove link</source>
        <translation>Холбоосыг устгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="55"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="113"/>
        <source>Relations</source>
        <translation>Холбоосууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="75"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="85"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="92"/>
        <source>Link a partner</source>
        <translation>Түнштэй холбох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="76"/>
        <source>Partner&apos;s name, tax ID or phone</source>
        <translation>Түншийн нэр, регистрийн дугаар эсвэл утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="82"/>
        <source>No client matches {0}</source>
        <translation>«{0}» хайлтад тохирох харилцагч алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="93"/>
        <source>Relation (e.g. branch of, dealer of)</source>
        <translation>Холбоо (ж.нь салбар, дилер)</translation>
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
        <translation>Албан ёсны хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="44"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="216"/>
        <source>Website</source>
        <translation>Вэбсайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="46"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="128"/>
        <source>Bank accounts</source>
        <translation>Банкны данс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="50"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="51"/>
        <source>Account / IBAN</source>
        <translation>Данс / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="52"/>
        <source>BIC</source>
        <translation>BIC код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="53"/>
        <source>Default</source>
        <translation>Үндсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="57"/>
        <source>Add account</source>
        <translation>Данс нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="60"/>
        <source>Remove account</source>
        <translation>Данс устгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="76"/>
        <source>Requisites</source>
        <translation>Дэлгэрэнгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="205"/>
        <source>Tax ID</source>
        <translation>Регистрийн дугаар</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="201"/>
        <source>Client ID</source>
        <translation>Харилцагчийн ID</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="206"/>
        <source>KPP (Russia)</source>
        <translation>КПП (ОХУ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="220"/>
        <source>Contact</source>
        <translation>Холбогдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="222"/>
        <source>Contact phones</source>
        <translation>Холбогдох хүний утаснууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="223"/>
        <source>Contact e-mails</source>
        <translation>Холбогдох хүний и-мэйл</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="61"/>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="151"/>
        <source>Import clients</source>
        <translation>Харилцагчдыг импортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Client name</source>
        <translation>Харилцагчийн нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Full name</source>
        <translation>Бүтэн нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Tax ID</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>City</source>
        <translation>Хот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Address</source>
        <translation>Хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Legal address</source>
        <translation>Албан ёсны хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Source</source>
        <translation>Эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Tags</source>
        <translation>Шошго</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Currency</source>
        <translation>Валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Website</source>
        <translation>Вэбсайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Notes</source>
        <translation>Тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Office phone</source>
        <translation>Оффисын утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Office e-mail</source>
        <translation>Оффисын и-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Contact: full name</source>
        <translation>Холбогдох хүн: бүтэн нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: first name</source>
        <translation>Холбогдох хүн: нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: middle name</source>
        <translation>Холбогдох хүн: эцгийн нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: last name</source>
        <translation>Холбогдох хүн: овог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: position</source>
        <translation>Холбогдох хүн: албан тушаал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="78"/>
        <source>Contact: phone</source>
        <translation>Холбогдох хүн: утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="79"/>
        <source>Contact: e-mail</source>
        <translation>Холбогдох хүн: и-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Contact: birthday</source>
        <translation>Холбогдох хүн: төрсөн өдөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Contact: primary</source>
        <translation>Холбогдох хүн: үндсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="81"/>
        <source>Client ID (groups rows)</source>
        <translation>Харилцагчийн ID (мөрүүдийг бүлэглэнэ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="83"/>
        <source>Choose a file…</source>
        <translation>Файл сонгох…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="86"/>
        <source>CSV, Excel (XLSX) or vCard (VCF)</source>
        <translation>CSV, Excel (XLSX) эсвэл vCard (VCF)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="96"/>
        <source>Skip rows of existing clients</source>
        <translation>Байгаа харилцагчдын мөрийг алгасах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="97"/>
        <source>Update existing clients</source>
        <translation>Байгаа харилцагчдыг шинэчлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="98"/>
        <source>Create anyway (recorded)</source>
        <translation>Ямар ч байсан үүсгэх (тэмдэглэнэ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="99"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Зарим мөрөнд алдаа байсан ч зөв мөрүүдийг импортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="105"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="109"/>
        <source>Cancel import</source>
        <translation>Импортыг зогсоох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="116"/>
        <source>Save the report…</source>
        <translation>Тайланг хадгалах…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="119"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="126"/>
        <source>Duplicates:</source>
        <translation>Давхардал:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="139"/>
        <source>Choose what each column holds:</source>
        <translation>Багана бүрт юу байгааг сонгоно уу:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="152"/>
        <source>Clients (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>Харилцагчид (*.csv *.xlsx *.vcf);;Бүх файл (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="170"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} мөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="183"/>
        <source>— skip —</source>
        <translation>— алгасах —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="238"/>
        <source>Importing…</source>
        <translation>Импортлож байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="246"/>
        <source>Imported: {0} clients created, {1} updated, {2} skipped as duplicates, {3} contact persons.</source>
        <translation>Импортолсон: {0} харилцагч үүсгэсэн, {1} шинэчилсэн, {2} давхардлаар алгассан, {3} холбогдох хүн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="254"/>
        <source>{0} of {1} rows have problems; nothing was imported. Fix the file, or accept a partial import.</source>
        <translation>{1} мөрөөс {0} нь алдаатай; юу ч импортлоогүй. Файлыг засах эсвэл хэсэгчилсэн импортыг зөвшөөрнө үү.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="258"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импортыг цуцалсан; юу ч импортлоогүй.</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="45"/>
        <source>Choose a client: a day&apos;s client, an event or search</source>
        <translation>Харилцагчаа сонгоно уу: өдрийн харилцагчид, үйл явдал эсвэл хайлтаас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="50"/>
        <source>&amp;Call</source>
        <translation>&amp;Дуудлага хийх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="51"/>
        <source>&amp;New event</source>
        <translation>&amp;Шинэ үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="52"/>
        <source>Client &amp;card</source>
        <translation>Харилцагчийн &amp;карт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="53"/>
        <source>E&amp;vents</source>
        <translation>Үйл &amp;явдлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="54"/>
        <source>&amp;Price</source>
        <translation>Үнийн &amp;жагсаалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="55"/>
        <source>Quick quote for this client</source>
        <translation>Энэ харилцагчид шуурхай үнийн санал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="63"/>
        <source>Summary</source>
        <translation>Хураангуй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="71"/>
        <source>Client since</source>
        <translation>Харилцагч болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="72"/>
        <source>Deals</source>
        <translation>Хэлцлүүд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="73"/>
        <source>Average check</source>
        <translation>Дундаж чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="74"/>
        <source>Total sales</source>
        <translation>Нийт борлуулалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="75"/>
        <source>Debt</source>
        <translation>Өр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="87"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="114"/>
        <source>Contact person</source>
        <translation>Холбогдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="89"/>
        <source>Position</source>
        <translation>Албан тушаал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="90"/>
        <source>Phone</source>
        <translation>Утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="91"/>
        <source>E-mail</source>
        <translation>И-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="92"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="93"/>
        <source>Local time</source>
        <translation>Орон нутгийн цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="94"/>
        <source>Time zone unknown</source>
        <translation>Цагийн бүс тодорхойгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="100"/>
        <source>All types</source>
        <translation>Бүх төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>All time</source>
        <translation>Бүх хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>Last 30 days</source>
        <translation>Сүүлийн 30 хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Last 90 days</source>
        <translation>Сүүлийн 90 хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Last year</source>
        <translation>Сүүлийн жил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="111"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="112"/>
        <source>Subject</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="113"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="128"/>
        <source>Type</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="115"/>
        <source>Content</source>
        <translation>Агуулга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="117"/>
        <source>Result</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="119"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="130"/>
        <source>Period</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="139"/>
        <source>History</source>
        <translation>Түүх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="140"/>
        <source>Finance</source>
        <translation>Санхүү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="160"/>
        <source>The earlier of the first deal and the first document; without either, the day the client was added.</source>
        <translation>Эхний хэлцэл ба эхний баримтын аль эртийнх нь; аль нь ч байхгүй бол харилцагчийг нэмсэн өдөр.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="162"/>
        <source>Every deal with the client: open, won and lost. Every sale belongs to a deal.</source>
        <translation>Харилцагчтай хийсэн бүх хэлцэл: нээлттэй, ялсан, алдсан. Борлуулалт бүр аль нэг хэлцэлд хамаарна.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="164"/>
        <source>Total sales divided by the number of sales (invoices paid in full); a dash while there is none.</source>
        <translation>Нийт борлуулалтыг борлуулалтын тоонд хуваасан дүн (бүрэн төлөгдсөн нэхэмжлэх); борлуулалт байхгүй бол зураас.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="166"/>
        <source>The sum of the client&apos;s sales: invoices paid in full, in the client&apos;s currency.</source>
        <translation>Харилцагчийн борлуулалтын нийлбэр: бүрэн төлөгдсөн нэхэмжлэх, харилцагчийн валютаар.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="168"/>
        <source>Issued invoices (neither drafts nor cancelled) minus every payment received, in the client&apos;s currency; negative is an advance.</source>
        <translation>Гаргасан нэхэмжлэхүүдээс (ноорог, цуцалсныг тооцохгүй) хүлээн авсан бүх төлбөрийг хассан дүн, харилцагчийн валютаар; сөрөг бол урьдчилгаа.</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Tax ID</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>City</source>
        <translation>Хот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Since</source>
        <translation>Хэзээнээс</translation>
    </message>
</context>
<context>
    <name>ClientsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="149"/>
        <source>Clients</source>
        <translation>Харилцагчид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="155"/>
        <source>Name, tax ID, phone, e-mail…</source>
        <translation>Нэр, регистрийн дугаар, утас, и-мэйл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="166"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="167"/>
        <source>Tag</source>
        <translation>Шошго</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="168"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="169"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="170"/>
        <source>Custom field</source>
        <translation>Нэмэлт талбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="175"/>
        <source>value</source>
        <translation>утга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="178"/>
        <source>Save as segment…</source>
        <translation>Сегментээр хадгалах…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="203"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Шинэ харилцагч…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="205"/>
        <source>&amp;Open</source>
        <translation>&amp;Нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="206"/>
        <source>&amp;Merge two…</source>
        <translation>&amp;Хоёрыг нэгтгэх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="208"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="210"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="226"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="257"/>
        <source>Status: all</source>
        <translation>Төлөв: бүгд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="271"/>
        <source>Tag: all</source>
        <translation>Шошго: бүгд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="273"/>
        <source>Responsible: all</source>
        <translation>Хариуцагч: бүгд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="274"/>
        <source>Region: all</source>
        <translation>Бүс нутаг: бүгд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="275"/>
        <source>(custom field)</source>
        <translation>(нэмэлт талбар)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="280"/>
        <source>(no segment)</source>
        <translation>(сегментгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="292"/>
        <source>(all)</source>
        <translation>(бүгд)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="311"/>
        <source>Loading…</source>
        <translation>Ачаалж байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="336"/>
        <source>Save as segment</source>
        <translation>Сегментээр хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="336"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="349"/>
        <source>{0} clients</source>
        <translation>{0} харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="398"/>
        <source>Select exactly two clients to merge</source>
        <translation>Нэгтгэх хоёр харилцагчийг яг сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="412"/>
        <source>Export clients</source>
        <translation>Харилцагчдыг экспортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="413"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="418"/>
        <source>Exporting…</source>
        <translation>Экспортлож байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="422"/>
        <source>{0} rows written to {1}</source>
        <translation>{0} мөрийг {1} руу бичсэн</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="54"/>
        <source>Company settings</source>
        <translation>Байгууллагын тохиргоо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="69"/>
        <source>Legal name</source>
        <translation>Албан ёсны нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="70"/>
        <source>Short name</source>
        <translation>Товч нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="71"/>
        <source>Country (code)</source>
        <translation>Улс (код)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="72"/>
        <source>Tax ID</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="72"/>
        <source>Address</source>
        <translation>Хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="73"/>
        <source>Phone</source>
        <translation>Утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="73"/>
        <source>E-mail</source>
        <translation>И-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="74"/>
        <source>Director</source>
        <translation>Захирал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="75"/>
        <source>Chief accountant</source>
        <translation>Ерөнхий нягтлан бодогч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="76"/>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="174"/>
        <source>Currency</source>
        <translation>Валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="77"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="78"/>
        <source>Account / IBAN</source>
        <translation>Данс / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="78"/>
        <source>BIC</source>
        <translation>BIC код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="79"/>
        <source>Device code for numbers (offline laptops)</source>
        <translation>Дугаарын төхөөрөмжийн код (сүлжээгүй зөөврийн компьютер)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="86"/>
        <source>Prices include VAT</source>
        <translation>Үнэд НӨАТ орсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="88"/>
        <source>Send documents without the last look (straight to the outbox)</source>
        <translation>Баримтыг эцсийн шалгалтгүй илгээх (шууд гарах шуудан руу)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="92"/>
        <source>VAT %</source>
        <translation>НӨАТ %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="100"/>
        <source>Stamp</source>
        <translation>Тамга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="101"/>
        <source>Director&apos;s signature</source>
        <translation>Захирлын гарын үсэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="102"/>
        <source>Accountant&apos;s signature</source>
        <translation>Нягтлангийн гарын үсэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="103"/>
        <source>Logo</source>
        <translation>Лого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="104"/>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="223"/>
        <source>none</source>
        <translation>байхгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation>Сонгох…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="134"/>
        <source>Save this template</source>
        <translation>Энэ загварыг хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="137"/>
        <source>Language</source>
        <translation>Хэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="138"/>
        <source>Purpose</source>
        <translation>Зориулалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="139"/>
        <source>Subject</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="141"/>
        <source>Placeholders: </source>
        <translation>Орлуулгууд: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="152"/>
        <source>Requisites</source>
        <translation>Дэлгэрэнгүй мэдээлэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="153"/>
        <source>Stamp and signatures</source>
        <translation>Тамга, гарын үсэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="154"/>
        <source>Exchange rates</source>
        <translation>Валютын ханш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="155"/>
        <source>E-mail templates</source>
        <translation>И-мэйлийн загварууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="168"/>
        <source>How many {0} one unit of each currency is worth (1 USD = … {0}). Quotes for clients paying in another currency convert prices at these rates.</source>
        <translation>Валют бүрийн нэг нэгж хэдэн {0}-тэй тэнцэх вэ (1 USD = … {0}). Өөр валютаар төлдөг харилцагчдад зориулсан үнийн саналын үнийг эдгээр ханшаар хөрвүүлнэ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="175"/>
        <source>Rate, {0}</source>
        <translation>Ханш, {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="180"/>
        <source>Add a rate</source>
        <translation>Ханш нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="183"/>
        <source>Remove the rate</source>
        <translation>Ханшийг устгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="229"/>
        <source>Image</source>
        <translation>Зураг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="230"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зураг (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="92"/>
        <source>value (a list: a, b, c)</source>
        <translation>утга (жагсаалт: a, b, c)</translation>
    </message>
</context>
<context>
    <name>ConflictBadge</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/badge.py" line="28"/>
        <source>A sync did not keep a value of this client: open the conflict inbox</source>
        <translation>Синхрончлол энэ харилцагчийн утгыг хадгалсангүй: зөрчлийн жагсаалтыг нээнэ үү</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/badge.py" line="46"/>
        <source>⚠ %n open sync conflict(s)</source>
        <translation>
            <numerusform>⚠ %n нээлттэй синхрончлолын зөрчил</numerusform>
            <numerusform>⚠ %n нээлттэй синхрончлолын зөрчил</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="56"/>
        <source>yes</source>
        <translation>тийм</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="57"/>
        <source>no</source>
        <translation>үгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="66"/>
        <source>Sync conflicts</source>
        <translation>Синхрончлолын зөрчил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="68"/>
        <source>Values a sync did not keep. Keep theirs leaves the record as it is; Take mine writes your value back (it is sent at the next sync).</source>
        <translation>Синхрончлолоор хадгалагдаагүй утгууд. «Тэднийхийг үлдээх» нь бичлэгийг байгаа чигээр нь үлдээнэ; «Минийхийг авах» нь таны утгыг буцааж бичнэ (дараагийн синхрончлолоор илгээгдэнэ).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>When</source>
        <translation>Хэзээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Record</source>
        <translation>Бичлэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Field</source>
        <translation>Талбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Why</source>
        <translation>Шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Now (theirs)</source>
        <translation>Одоо (тэднийх)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Lost (mine)</source>
        <translation>Алдсан (минийх)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Kept by</source>
        <translation>Хадгалсан хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="77"/>
        <source>Lost by</source>
        <translation>Алдсан хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="84"/>
        <source>Keep theirs</source>
        <translation>Тэднийхийг үлдээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="86"/>
        <source>Take mine</source>
        <translation>Минийхийг авах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="104"/>
        <source>changed later elsewhere</source>
        <translation>дараа нь өөр газар өөрчилсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="105"/>
        <source>deleted elsewhere</source>
        <translation>өөр газар устгасан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="106"/>
        <source>protected (issued or won)</source>
        <translation>хамгаалагдсан (гаргасан эсвэл ялсан)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="107"/>
        <source>not allowed</source>
        <translation>зөвшөөрөгдөөгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="111"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="111"/>
        <source>Contact</source>
        <translation>Холбогдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="112"/>
        <source>Phone</source>
        <translation>Утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="112"/>
        <source>E-mail</source>
        <translation>И-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="113"/>
        <source>Deal</source>
        <translation>Хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="113"/>
        <source>Event</source>
        <translation>Үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="114"/>
        <source>Document</source>
        <translation>Баримт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="115"/>
        <source>Document line</source>
        <translation>Баримтын мөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="116"/>
        <source>Payment</source>
        <translation>Төлбөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="116"/>
        <source>Order</source>
        <translation>Захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="117"/>
        <source>number</source>
        <translation>дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="117"/>
        <source>number (international)</source>
        <translation>дугаар (олон улсын)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="118"/>
        <source>address</source>
        <translation>хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="118"/>
        <source>city</source>
        <translation>хот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="119"/>
        <source>region</source>
        <translation>бүс нутаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="119"/>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="120"/>
        <source>name</source>
        <translation>нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="120"/>
        <source>position</source>
        <translation>албан тушаал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="121"/>
        <source>amount</source>
        <translation>дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="121"/>
        <source>total</source>
        <translation>нийт дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="122"/>
        <source>price</source>
        <translation>үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="122"/>
        <source>subject</source>
        <translation>сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="123"/>
        <source>result</source>
        <translation>үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="123"/>
        <source>notes</source>
        <translation>тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="124"/>
        <source>deleted</source>
        <translation>устгасан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="124"/>
        <source>new record</source>
        <translation>шинэ бичлэг</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="39"/>
        <source>Add contact</source>
        <translation>Холбогдох хүн нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="41"/>
        <source>Remove</source>
        <translation>Устгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="57"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="225"/>
        <source>Primary contact</source>
        <translation>Үндсэн холбогдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="61"/>
        <source>One phone a line, e.g. mobile: +7 701 123 45 67</source>
        <translation>Мөр бүрт нэг утас, ж.нь mobile: +976 9911 2233</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="64"/>
        <source>One e-mail a line</source>
        <translation>Мөр бүрт нэг и-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="72"/>
        <source>Link a person…</source>
        <translation>Хүнтэй холбох…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="75"/>
        <source>Remove link</source>
        <translation>Холбоосыг устгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="83"/>
        <source>Full name</source>
        <translation>Бүтэн нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="84"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="221"/>
        <source>Position</source>
        <translation>Албан тушаал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="85"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="224"/>
        <source>Birthday</source>
        <translation>Төрсөн өдөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="218"/>
        <source>Phones</source>
        <translation>Утаснууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="88"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="219"/>
        <source>E-mails</source>
        <translation>И-мэйлүүд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="89"/>
        <source>Notes</source>
        <translation>Тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="90"/>
        <source>Related persons</source>
        <translation>Холбоотой хүмүүс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="167"/>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="177"/>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="181"/>
        <source>Link a person</source>
        <translation>Хүнтэй холбох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="168"/>
        <source>Person&apos;s or client&apos;s name, phone…</source>
        <translation>Хүний эсвэл харилцагчийн нэр, утас…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="174"/>
        <source>No person matches {0}</source>
        <translation>«{0}» хайлтад тохирох хүн алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="177"/>
        <source>Person</source>
        <translation>Хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="182"/>
        <source>Relation (e.g. reports to, spouse)</source>
        <translation>Холбоо (ж.нь захирагч, эхнэр/нөхөр)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="33"/>
        <source>Custom fields of the client card</source>
        <translation>Харилцагчийн картын нэмэлт талбарууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Key</source>
        <translation>Түлхүүр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Label</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="39"/>
        <source>Choices (comma-separated)</source>
        <translation>Сонголтууд (таслалаар)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="43"/>
        <source>Add field</source>
        <translation>Талбар нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="46"/>
        <source>Remove field</source>
        <translation>Талбар устгах</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="68"/>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="77"/>
        <source>Dashboard</source>
        <translation>Хянах самбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Шинэчлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="118"/>
        <source>Refreshing…</source>
        <translation>Шинэчилж байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="149"/>
        <source>Updated {0}</source>
        <translation>Шинэчилсэн {0}</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="75"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="81"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="89"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="76"/>
        <source>Next event</source>
        <translation>Дараагийн үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="77"/>
        <source>Events</source>
        <translation>Үйл явдлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="80"/>
        <source>Time</source>
        <translation>Цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="82"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="90"/>
        <source>Type</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="83"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="91"/>
        <source>Subject</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="84"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="88"/>
        <source>Due</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="109"/>
        <source>Clients of the day</source>
        <translation>Харилцагчид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="110"/>
        <source>Agenda</source>
        <translation>Төлөвлөгөө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="111"/>
        <source>Overdue</source>
        <translation>Хугацаа хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="130"/>
        <source>Events on {0}: {1}</source>
        <translation>Үйл явдал, {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="143"/>
        <source>Overdue: {0}</source>
        <translation>Хэтэрсэн: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="147"/>
        <source>Overdue ({0})</source>
        <translation>Хэтэрсэн ({0})</translation>
    </message>
</context>
<context>
    <name>DealCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="91"/>
        <source>Deal: {0}</source>
        <translation>Хэлцэл: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="102"/>
        <source>(none)</source>
        <translation>(байхгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="128"/>
        <source>(not set)</source>
        <translation>(тодорхойгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="132"/>
        <source>(nobody)</source>
        <translation>(хэн ч үгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="137"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="138"/>
        <source>&amp;Title</source>
        <translation>&amp;Гарчиг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="139"/>
        <source>C&amp;ontact</source>
        <translation>Хол&amp;богдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="140"/>
        <source>Pipeline</source>
        <translation>Юүлүүр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="141"/>
        <source>&amp;Stage</source>
        <translation>Үе &amp;шат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="142"/>
        <source>&amp;Amount</source>
        <translation>&amp;Дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="145"/>
        <source>&amp;Probability</source>
        <translation>&amp;Магадлал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="146"/>
        <source>&amp;Expected close</source>
        <translation>Хаах &amp;огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="147"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="148"/>
        <source>So&amp;urce</source>
        <translation>Эх &amp;сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="150"/>
        <source>Lost because</source>
        <translation>Алдсан шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="157"/>
        <source>&amp;Quote…</source>
        <translation>Үнийн сана&amp;л…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Product</source>
        <translation>Бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Quantity</source>
        <translation>Тоо хэмжээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Price</source>
        <translation>Үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Discount</source>
        <translation>Хөнгөлөлт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="173"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Total</source>
        <translation>Нийт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="180"/>
        <source>From {0}: net {1}, VAT {2}, total {3}</source>
        <translation>{0}: НӨАТ-гүй {1}, НӨАТ {2}, нийт {3}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="184"/>
        <source>Products</source>
        <translation>Бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <source>Document</source>
        <translation>Баримт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="188"/>
        <source>Quotes and invoices</source>
        <translation>Үнийн санал, нэхэмжлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Order</source>
        <translation>Захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Due</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="203"/>
        <source>Orders ({0})</source>
        <translation>Захиалгууд ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="204"/>
        <source>Orders</source>
        <translation>Захиалгууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="211"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>When</source>
        <translation>Хэзээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Type</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Subject</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="208"/>
        <source>Events and e-mails</source>
        <translation>Үйл явдал, и-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="211"/>
        <source>Comment</source>
        <translation>Тайлбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="217"/>
        <source>Add comment</source>
        <translation>Тайлбар нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="222"/>
        <source>Comments</source>
        <translation>Тайлбарууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>From</source>
        <translation>Хаанаас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>To</source>
        <translation>Хаашаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>By</source>
        <translation>Хэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="225"/>
        <source>Days in previous</source>
        <translation>Өмнөх шатанд, хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="229"/>
        <source>Stage history</source>
        <translation>Үе шатны түүх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="244"/>
        <source>The amount is not a number</source>
        <translation>Дүн тоо биш байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="296"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>{0} руу шилжүүлсэн, гэхдээ: {1}</translation>
    </message>
</context>
<context>
    <name>DealsBoard</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="219"/>
        <source>{0} d in stage</source>
        <translation>үе шатанд {0} хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="224"/>
        <source>next: {0}</source>
        <translation>дараа: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="229"/>
        <source>close date passed</source>
        <translation>хаах хугацаа өнгөрсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="304"/>
        <source>Deals</source>
        <translation>Хэлцлүүд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="352"/>
        <source>Pipeline</source>
        <translation>Юүлүүр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="355"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="358"/>
        <source>Source</source>
        <translation>Эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="361"/>
        <source>Hot or cold</source>
        <translation>Халуун эсвэл хүйтэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="362"/>
        <source>Hot and cold</source>
        <translation>Халуун ба хүйтэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="363"/>
        <source>Hot (≥ {0} %)</source>
        <translation>Халуун (≥ {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="364"/>
        <source>Cold (&lt; {0} %)</source>
        <translation>Хүйтэн (&lt; {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="367"/>
        <source>Won and lost in</source>
        <translation>Ялсан, алдсан:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="368"/>
        <source>Closed: 7 days</source>
        <translation>Хаагдсан: 7 хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="368"/>
        <source>Closed: 30 days</source>
        <translation>Хаагдсан: 30 хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="369"/>
        <source>Closed: 90 days</source>
        <translation>Хаагдсан: 90 хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="369"/>
        <source>Closed: a year</source>
        <translation>Хаагдсан: жил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="374"/>
        <location filename="../../crm_desktop/ui/deals/board.py" line="375"/>
        <source>Amount from</source>
        <translation>Доод дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="379"/>
        <source>Client…</source>
        <translation>Харилцагч…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="380"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="382"/>
        <source>&amp;List</source>
        <translation>&amp;Жагсаалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="385"/>
        <source>&amp;Stages…</source>
        <translation>Үе &amp;шатууд…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="424"/>
        <source>Everyone</source>
        <translation>Бүгд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="425"/>
        <source>Mine</source>
        <translation>Минийх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="434"/>
        <source>Any source</source>
        <translation>Бүх эх сурвалж</translation>
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
        <translation>(+{0} ханшгүй)</translation>
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
        <translation>үе шат {0}, {1} хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="596"/>
        <source>responsible {0}</source>
        <translation>хариуцагч {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="598"/>
        <source>next: {0} on {1}</source>
        <translation>дараа: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="602"/>
        <source>overdue</source>
        <translation>хугацаа хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="628"/>
        <source>Open the deal card</source>
        <translation>Хэлцлийн картыг нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="629"/>
        <source>Next stage	Ctrl+Right</source>
        <translation>Дараагийн үе шат	Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="630"/>
        <source>Previous stage	Ctrl+Left</source>
        <translation>Өмнөх үе шат	Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="631"/>
        <source>Move to</source>
        <translation>Шилжүүлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="664"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>{0} руу шилжүүлсэн, гэхдээ: {1}</translation>
    </message>
</context>
<context>
    <name>DealsListWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="39"/>
        <source>Deals — list</source>
        <translation>Хэлцлүүд — жагсаалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="43"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="44"/>
        <source>Deal</source>
        <translation>Хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="45"/>
        <source>Stage</source>
        <translation>Үе шат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="46"/>
        <source>Amount</source>
        <translation>Дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="48"/>
        <source>Probability</source>
        <translation>Магадлал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="50"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="51"/>
        <source>Expected close</source>
        <translation>Хаах төлөвтэй огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="53"/>
        <source>Source</source>
        <translation>Эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="54"/>
        <source>Outcome</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="67"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="99"/>
        <source>{0} deals</source>
        <translation>{0} хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="100"/>
        <source>The first {0} deals (the export writes all)</source>
        <translation>Эхний {0} хэлцэл (экспортод бүгд бичигдэнэ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="110"/>
        <source>Export deals</source>
        <translation>Хэлцлүүдийг экспортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="111"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="125"/>
        <source>{0} deals written to {1}</source>
        <translation>{0} хэлцлийг {1} руу бичсэн</translation>
    </message>
</context>
<context>
    <name>DeskClaims</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="53"/>
        <source>New &amp;claim…</source>
        <translation>Шинэ &amp;гомдол…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="65"/>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="84"/>
        <source>Claims</source>
        <translation>Гомдлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="84"/>
        <source>Claims ({0})</source>
        <translation>Гомдол ({0})</translation>
    </message>
</context>
<context>
    <name>DeskOrders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="76"/>
        <source>Due</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="81"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="82"/>
        <source>Order</source>
        <translation>Захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="83"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="84"/>
        <source>Total</source>
        <translation>Нийт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="96"/>
        <source>Overdue orders</source>
        <translation>Хэтэрсэн захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="102"/>
        <source>Deal</source>
        <translation>Хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="103"/>
        <source>Stage</source>
        <translation>Үе шат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="104"/>
        <source>Amount</source>
        <translation>Дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="106"/>
        <source>Expected close</source>
        <translation>Хаах төлөвтэй огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="109"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="126"/>
        <source>Deals and orders</source>
        <translation>Хэлцэл, захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="156"/>
        <source>Overdue orders: {0}</source>
        <translation>Хэтэрсэн захиалга: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="160"/>
        <source>Orders ({0})</source>
        <translation>Захиалга ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="185"/>
        <source>Deals and orders ({0}/{1})</source>
        <translation>Хэлцэл, захиалга ({0}/{1})</translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="191"/>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="195"/>
        <source>Call</source>
        <translation>Дуудлага</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="192"/>
        <source>This contact person has no phone number.</source>
        <translation>Энэ холбогдох хүнд утасны дугаар алга.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="196"/>
        <source>No program on this computer makes calls for {0} links. Install a softphone or choose another link type in the settings.</source>
        <translation>Энэ компьютерт {0} холбоосоор дуудлага хийх програм алга. Софтфон суулгах эсвэл тохиргоонд өөр төрлийн холбоос сонгоно уу.</translation>
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
        <translation>{0} мөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="120"/>
        <source>Number / subject</source>
        <translation>Дугаар / сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="121"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="122"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="123"/>
        <source>Amount</source>
        <translation>Дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="125"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="126"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="740"/>
        <source>Dry run: {rule}</source>
        <translation>Туршилтын ажиллуулалт: {rule} дүрэм</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="743"/>
        <source>{matched} of the {checked} records checked would match. Nothing was changed.</source>
        <translation>Шалгасан {checked} бичлэгээс {matched} нь тохирох байсан. Юу ч өөрчлөгдөөгүй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="750"/>
        <source>Record</source>
        <translation>Бичлэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="750"/>
        <source>What would happen</source>
        <translation>Юу болох байсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="761"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="57"/>
        <source>Possible duplicate</source>
        <translation>Давхардсан байж болзошгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="62"/>
        <source>These clients look like the one you are saving. Open the existing one, or save anyway (your decision is recorded).</source>
        <translation>Эдгээр харилцагчид таны хадгалж буй харилцагчтай төстэй байна. Байгааг нь нээх эсвэл ямар ч байсан хадгална уу (таны шийдвэрийг тэмдэглэнэ).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="70"/>
        <source>Open existing</source>
        <translation>Байгааг нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="73"/>
        <source>Save anyway</source>
        <translation>Ямар ч байсан хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="75"/>
        <source>Back to the card</source>
        <translation>Карт руу буцах</translation>
    </message>
</context>
<context>
    <name>EmailComposerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="42"/>
        <source>E-mail — {0}</source>
        <translation>И-мэйл — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="43"/>
        <source> (draft)</source>
        <translation> (ноорог)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="51"/>
        <source>Add a contact&apos;s address…</source>
        <translation>Холбогдох хүний хаяг нэмэх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="64"/>
        <source>&amp;Open</source>
        <translation>&amp;Нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="68"/>
        <source>Attachment: {0} ({1} KB)</source>
        <translation>Хавсралт: {0} ({1} КБ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="73"/>
        <source>&amp;Send</source>
        <translation>&amp;Илгээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="76"/>
        <source>Save &amp;draft</source>
        <translation>Ноорог &amp;хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="84"/>
        <source>To</source>
        <translation>Хэнд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="85"/>
        <source>Cc</source>
        <translation>Хуулбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="86"/>
        <source>Subject</source>
        <translation>Сэдэв</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="66"/>
        <source>Event</source>
        <translation>Үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="66"/>
        <source>New event</source>
        <translation>Шинэ үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="89"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="103"/>
        <source>(inactive user)</source>
        <translation>(идэвхгүй хэрэглэгч)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="117"/>
        <source>No client (a task of your own)</source>
        <translation>Харилцагчгүй (өөрийн даалгавар)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="119"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="120"/>
        <source>Type</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="121"/>
        <source>Subject</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="122"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="123"/>
        <source>Time</source>
        <translation>Цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="124"/>
        <source>Duration</source>
        <translation>Үргэлжлэх хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="125"/>
        <source>Contact person</source>
        <translation>Холбогдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="126"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="127"/>
        <source>Reminder</source>
        <translation>Сануулга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="128"/>
        <source>Content</source>
        <translation>Агуулга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="129"/>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="199"/>
        <source>Result</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="131"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="138"/>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Дуусгах…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="141"/>
        <source>Cancel &amp;event</source>
        <translation>Үйл явдлыг &amp;цуцлах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="149"/>
        <source>Save the event first</source>
        <translation>Эхлээд үйл явдлыг хадгална уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="150"/>
        <source>Only a planned event</source>
        <translation>Зөвхөн төлөвлөсөн үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="157"/>
        <source>No reminder</source>
        <translation>Сануулгагүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="159"/>
        <source>1 day before</source>
        <translation>1 өдрийн өмнө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="161"/>
        <source>1 hour before</source>
        <translation>1 цагийн өмнө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="162"/>
        <source>{0} min before</source>
        <translation>{0} минутын өмнө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="198"/>
        <source>Complete the event</source>
        <translation>Үйл явдлыг дуусгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="204"/>
        <source>Next step</source>
        <translation>Дараагийн алхам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="205"/>
        <source>Plan the next step with this client?</source>
        <translation>Энэ харилцагчтай дараагийн алхмыг төлөвлөх үү?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="238"/>
        <source>Cancel the event</source>
        <translation>Үйл явдлыг цуцлах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="238"/>
        <source>Reason</source>
        <translation>Шалтгаан</translation>
    </message>
</context>
<context>
    <name>EventsReportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="41"/>
        <source>Events</source>
        <translation>Үйл явдлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="45"/>
        <source>Today</source>
        <translation>Өнөөдөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="46"/>
        <source>This week</source>
        <translation>Энэ долоо хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="47"/>
        <source>Overdue</source>
        <translation>Хугацаа хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="48"/>
        <source>Current client</source>
        <translation>Одоогийн харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="49"/>
        <source>By type, last 90 days</source>
        <translation>Төрлөөр, сүүлийн 90 хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="55"/>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="59"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="60"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="61"/>
        <source>Subject</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="62"/>
        <source>Type</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="63"/>
        <source>Contact person</source>
        <translation>Холбогдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="64"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="65"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="93"/>
        <source>{0} events</source>
        <translation>{0} үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="101"/>
        <source>Export events</source>
        <translation>Үйл явдлуудыг экспортлох</translation>
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
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="28"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="38"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="44"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="29"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="39"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="45"/>
        <source>Amount</source>
        <translation>Дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="30"/>
        <source>Paid</source>
        <translation>Төлсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="31"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="40"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="32"/>
        <source>Due</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="34"/>
        <source>Overdue</source>
        <translation>Хугацаа хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="41"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="47"/>
        <source>Invoice</source>
        <translation>Нэхэмжлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="46"/>
        <source>Method</source>
        <translation>Арга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="48"/>
        <source>Reference</source>
        <translation>Үндэслэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="60"/>
        <source>Invoices for payment</source>
        <translation>Төлбөрийн нэхэмжлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="61"/>
        <source>Sales (shipments)</source>
        <translation>Борлуулалт (ачилт)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="62"/>
        <source>Payments received</source>
        <translation>Хүлээн авсан төлбөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="72"/>
        <source>Register &amp;payment…</source>
        <translation>Төлбөр &amp;бүртгэх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="79"/>
        <source>New &amp;claim on the invoice…</source>
        <translation>&amp;Нэхэмжлэх дээр шинэ гомдол…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="105"/>
        <source>Invoiced: {0}</source>
        <translation>Нэхэмжилсэн: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="107"/>
        <source>overdue invoices: {0}</source>
        <translation>хугацаа хэтэрсэн нэхэмжлэх: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="109"/>
        <source>Shipped: {0}</source>
        <translation>Ачсан: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="111"/>
        <source>Paid: {0}</source>
        <translation>Төлсөн: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="40"/>
        <source>Welcome to CRM Desktop</source>
        <translation>CRM Desktop-д тавтай морил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="51"/>
        <source>This database is empty. Try the program on realistic demo data, or start with your own company.</source>
        <translation>Энэ өгөгдлийн сан хоосон байна. Програмыг бодит мэт демо өгөгдөл дээр туршиж үзэх эсвэл өөрийн байгууллагаар эхлээрэй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="55"/>
        <source>Create demo data</source>
        <translation>Демо өгөгдөл үүсгэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="58"/>
        <source>Start with my company…</source>
        <translation>Өөрийн байгууллагаар эхлэх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="86"/>
        <source>Company name</source>
        <translation>Байгууллагын нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="87"/>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="88"/>
        <source>Currency</source>
        <translation>Валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="89"/>
        <source>Your name</source>
        <translation>Таны нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="92"/>
        <source>Start</source>
        <translation>Эхлэх</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="28"/>
        <source>Search clients, contacts, phones, e-mails, tax IDs, cities (Ctrl+K)</source>
        <translation>Харилцагч, холбогдох хүн, утас, и-мэйл, регистрийн дугаар, хот хайх (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="88"/>
        <source>tax ID {0}</source>
        <translation>регистрийн дугаар {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="103"/>
        <source>Nothing found for “{0}”</source>
        <translation>«{0}» хайлтаар юу ч олдсонгүй</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="23"/>
        <source>Deal lost</source>
        <translation>Хэлцэл алдсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="30"/>
        <source>Reason</source>
        <translation>Шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="33"/>
        <source>Comment</source>
        <translation>Тайлбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="36"/>
        <source>Why was «{0}» lost?</source>
        <translation>«{0}» хэлцлийг яагаад алдсан бэ?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="37"/>
        <source>&amp;Reason</source>
        <translation>&amp;Шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="38"/>
        <source>&amp;Comment</source>
        <translation>&amp;Тайлбар</translation>
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
        <translation>&amp;Одоо нөөцлөх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="85"/>
        <source>&amp;Restore from backup…</source>
        <translation>Нөөцөөс &amp;сэргээх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Гарах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Харагдац</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Outbox</source>
        <translation>Га&amp;рах шуудан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="102"/>
        <source>Product &amp;catalogue</source>
        <translation>Барааны &amp;каталог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Clients</source>
        <translation>&amp;Харилцагчид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112"/>
        <source>&amp;Deals board</source>
        <translation>Хэлцлийн &amp;самбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Orders</source>
        <translation>&amp;Захиалгууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="122"/>
        <source>C&amp;laims</source>
        <translation>&amp;Гомдлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="126"/>
        <source>Dash&amp;board</source>
        <translation>Хянах са&amp;мбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Reports</source>
        <translation>&amp;Тайлангууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="139"/>
        <source>C&amp;lients</source>
        <translation>Хари&amp;лцагчид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="140"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Шинэ харилцагч…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Import clients…</source>
        <translation>Харилцагчдыг &amp;импортлох…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="150"/>
        <source>&amp;Export clients…</source>
        <translation>Харилцагчдыг &amp;экспортлох…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="154"/>
        <source>Mass &amp;mailing…</source>
        <translation>Б&amp;өөн илгээлт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Settings</source>
        <translation>Т&amp;охиргоо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="160"/>
        <source>Custom &amp;fields…</source>
        <translation>Нэмэлт &amp;талбарууд…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="164"/>
        <source>&amp;Automation rules…</source>
        <translation>&amp;Автоматжуулалтын дүрэм…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Language</source>
        <translation>&amp;Хэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Company…</source>
        <translation>&amp;Байгууллага…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Mail server…</source>
        <translation>&amp;Шуудангийн сервер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Telephony links</source>
        <translation>&amp;Дуудлагын холбоос</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="190"/>
        <source>tel: (system default)</source>
        <translation>tel: (системийн үндсэн)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="191"/>
        <source>sip: (SIP softphone)</source>
        <translation>sip: (SIP софтфон)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="192"/>
        <source>callto: (Skype and others)</source>
        <translation>callto: (Skype болон бусад)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>Т&amp;усламж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="201"/>
        <source>&amp;About CRM Desktop</source>
        <translation>CRM Desktop-ын &amp;тухай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="206"/>
        <source>Database: {0}</source>
        <translation>Өгөгдлийн сан: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="209"/>
        <source>User: {0}</source>
        <translation>Хэрэглэгч: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="215"/>
        <source>Read-only: nothing can be saved</source>
        <translation>Зөвхөн унших: юу ч хадгалах боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="219"/>
        <source>The database is on a read-only disk or the file is not writable. You can look everything up; copy the file to a writable folder to work in it.</source>
        <translation>Өгөгдлийн сан зөвхөн уншигдах диск дээр байна эсвэл файлд бичих боломжгүй. Бүгдийг харах боломжтой; ажиллахын тулд файлыг бичих боломжтой хавтас руу хуулна уу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="236"/>
        <source>Outbox: {0}</source>
        <translation>Гарах шуудан: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="238"/>
        <source>not delivered: {0}</source>
        <translation>хүргэгдээгүй: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="241"/>
        <source>Mail that failed, was partly sent or may not have reached the server: View → Outbox</source>
        <translation>Илгээгдээгүй, хэсэгчлэн илгээгдсэн эсвэл сервер хүрээгүй байж болзошгүй захидал: Харагдац → Гарах шуудан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="254"/>
        <source>Messages not delivered as they should: {0}. The outbox shows why; nothing is sent again without you.</source>
        <translation>Зохих ёсоор хүргэгдээгүй захидал: {0}. Шалтгааныг гарах шуудангаас харна уу; таны зөвшөөрөлгүйгээр юу ч дахин илгээгдэхгүй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="258"/>
        <source>Mail not delivered</source>
        <translation>Захидал хүргэгдээгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="261"/>
        <source>Open the &amp;outbox</source>
        <translation>Гарах шууданг &amp;нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="264"/>
        <source>Mail server &amp;settings…</source>
        <translation>Шуудангийн серверийн &amp;тохиргоо…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="384"/>
        <source>Backing up…</source>
        <translation>Нөөц хуулбар хийж байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="387"/>
        <source>Backup saved to {0}</source>
        <translation>Нөөц хуулбар хадгалагдсан: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="398"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="402"/>
        <source>Restore from backup</source>
        <translation>Нөөцөөс сэргээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="399"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Нөөц хуулбар (*.sqlite3);;Бүх файл (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="403"/>
        <source>Replace everything in {0} with the backup {1}? The current content is backed up first.</source>
        <translation>{0} доторх бүх агуулгыг {1} нөөцөөр солих уу? Одоогийн агуулгыг эхлээд нөөцөлнө.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="419"/>
        <source>Restored from {0}; the previous content is in {1}</source>
        <translation>Нөөцөөс сэргээлээ: {0}; өмнөх агуулгыг хадгалсан газар: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/main_window.py" line="454"/>
        <source>Automation: %n date rule run(s) done</source>
        <translation>
            <numerusform>Автоматжуулалт: огнооны дүрэм %n удаа ажилласан</numerusform>
            <numerusform>Автоматжуулалт: огнооны дүрэм %n удаа ажилласан</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="463"/>
        <source>The search index could not be built: {0}</source>
        <translation>Хайлтын индекс үүсгэж чадсангүй: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="470"/>
        <source>Daily backup saved to {0}</source>
        <translation>Өдрийн нөөц хуулбар хадгалагдсан: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="476"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="477"/>
        <source>The database {0} is damaged ({1}). Keep working only to look things up, and restore the latest backup: File → Restore from backup….</source>
        <translation>{0} өгөгдлийн сан гэмтсэн ({1}). Зөвхөн мэдээлэл харахад ашиглаж, сүүлийн нөөцөөс сэргээнэ үү: Файл → Нөөцөөс сэргээх….</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="487"/>
        <source>Language</source>
        <translation>Хэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="488"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>Шинэ хэл програмыг дараагийн удаа эхлүүлэхэд хэрэгжинэ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="491"/>
        <source>About CRM Desktop</source>
        <translation>CRM Desktop-ын тухай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="492"/>
        <source>CRM Desktop {0}
The sales desk for sales teams.
Database: {1}</source>
        <translation>CRM Desktop {0}
Борлуулалтын багийн ажлын ширээ.
Өгөгдлийн сан: {1}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="64"/>
        <source>One of the clients no longer exists</source>
        <translation>Харилцагчдын нэг нь байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="77"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="179"/>
        <source>Merge two clients</source>
        <translation>Хоёр харилцагчийг нэгтгэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Full name</source>
        <translation>Бүтэн нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Source</source>
        <translation>Эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>City</source>
        <translation>Хот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="86"/>
        <source>Address</source>
        <translation>Хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="86"/>
        <source>Legal address</source>
        <translation>Албан ёсны хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>Currency</source>
        <translation>Валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>Language</source>
        <translation>Хэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="88"/>
        <source>Tax ID</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="88"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Орос)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="89"/>
        <source>Website</source>
        <translation>Вэбсайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="89"/>
        <source>Notes</source>
        <translation>Тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="92"/>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Үлдээх&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="109"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="160"/>
        <source>(empty)</source>
        <translation>(хоосон)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="117"/>
        <source>Contacts, events, deals, documents, payments and attachments of both move to the client you keep. The other is kept as merged, so later imports meet the survivor.</source>
        <translation>Хоёулангийнх нь холбогдох хүн, үйл явдал, хэлцэл, баримт, төлбөр, хавсралт таны үлдээх харилцагч руу шилжинэ. Нөгөөг нь нэгтгэгдсэн гэж хадгална, ингэснээр дараагийн импорт үлдсэнийг нь олно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="130"/>
        <source>Merge</source>
        <translation>Нэгтгэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="146"/>
        <source>Different tax IDs: {0} and {1}. These may be two different companies.</source>
        <translation>Регистрийн дугаар өөр: {0} ба {1}. Эдгээр нь хоёр өөр компани байж магадгүй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="149"/>
        <source>Different legal forms: {0} and {1}.</source>
        <translation>Хуулийн этгээдийн хэлбэр өөр: {0} ба {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="152"/>
        <source>{0} brings {1} deals, {2} documents, {3} events.</source>
        <translation>{0} нь {1} хэлцэл, {2} баримт, {3} үйл явдал авчирна.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="167"/>
        <source>Merge {0} into {1}? This cannot be undone from here.</source>
        <translation>{0} харилцагчийг {1} харилцагч руу нэгтгэх үү? Үүнийг эндээс буцаах боломжгүй.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="38"/>
        <source>New user</source>
        <translation>Шинэ хэрэглэгч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="46"/>
        <source>Login</source>
        <translation>Нэвтрэх нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="47"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="48"/>
        <source>E-mail</source>
        <translation>И-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="49"/>
        <source>Role</source>
        <translation>Үүрэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="50"/>
        <source>Password</source>
        <translation>Нууц үг</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="94"/>
        <source>Find the client…</source>
        <translation>Харилцагч хайх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="107"/>
        <source>(not set)</source>
        <translation>(тодорхойгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="114"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Number</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="115"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="116"/>
        <source>C&amp;ontact</source>
        <translation>Хол&amp;богдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="117"/>
        <source>&amp;Due date</source>
        <translation>&amp;Дуусах хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="118"/>
        <source>&amp;Responsible</source>
        <translation>Хариу&amp;цагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="119"/>
        <source>Co&amp;mment</source>
        <translation>Та&amp;йлбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="125"/>
        <source>E-mail the client about the new status</source>
        <translation>Шинэ төлвийн талаар харилцагчид и-мэйлээр мэдэгдэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="135"/>
        <source>&amp;Lines</source>
        <translation>&amp;Мөрүүд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Shipped on</source>
        <translation>Ачсан огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>Total</source>
        <translation>Нийт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="140"/>
        <source>Record &amp;shipment of what is left</source>
        <translation>Үлдсэний &amp;ачилт бүртгэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="145"/>
        <source>S&amp;hipments</source>
        <translation>Ачилт&amp;ууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>When</source>
        <translation>Хэзээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>From</source>
        <translation>Хаанаас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>To</source>
        <translation>Хаашаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>By</source>
        <translation>Хэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="148"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Түүх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="153"/>
        <source>&amp;Save</source>
        <translation>&amp;Хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="157"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="159"/>
        <source>New c&amp;laim…</source>
        <translation>Шинэ &amp;гомдол…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="180"/>
        <source>New order</source>
        <translation>Шинэ захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="181"/>
        <source>(given when saved)</source>
        <translation>(хадгалахад олгоно)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="205"/>
        <source>Add a product from the catalogue: code or name…</source>
        <translation>Каталогоос бараа нэмэх: код эсвэл нэр…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="206"/>
        <source>&amp;Remove line</source>
        <translation>Мөр у&amp;стгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Product</source>
        <translation>Бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Quantity</source>
        <translation>Тоо хэмжээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Unit</source>
        <translation>Нэгж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Price</source>
        <translation>Үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>Discount, %</source>
        <translation>Хөнгөлөлт, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>VAT, %</source>
        <translation>НӨАТ, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="234"/>
        <source>Order {0}</source>
        <translation>Захиалга {0}</translation>
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
        <translation>Төлөв: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="273"/>
        <source>overdue since {0}</source>
        <translation>хугацаа хэтэрсэн (дуусах огноо {0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="315"/>
        <source>(none)</source>
        <translation>(байхгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="421"/>
        <source>Total {0}, VAT {1}</source>
        <translation>Нийт {0}, НӨАТ {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="427"/>
        <source>Choose the client first</source>
        <translation>Эхлээд харилцагчийг сонгоно уу</translation>
    </message>
</context>
<context>
    <name>OrdersWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="52"/>
        <source>Orders</source>
        <translation>Захиалгууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="64"/>
        <source>All statuses</source>
        <translation>Бүх төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="65"/>
        <source>Open (not delivered or cancelled)</source>
        <translation>Нээлттэй (хүргээгүй, цуцлаагүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>Зөвхөн &amp;хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="70"/>
        <source>&amp;Mine</source>
        <translation>&amp;Минийх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="76"/>
        <source>Number or client…</source>
        <translation>Дугаар эсвэл харилцагч…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="78"/>
        <source>&amp;New order…</source>
        <translation>&amp;Шинэ захиалга…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="83"/>
        <source>From</source>
        <translation>Эхлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="85"/>
        <source>to</source>
        <translation>хүртэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="134"/>
        <source>(any)</source>
        <translation>(дурын)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="168"/>
        <source>{0} orders, {1} overdue</source>
        <translation>{0} захиалга, {1} хэтэрсэн</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="35"/>
        <source>Outbox</source>
        <translation>Гарах шуудан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="38"/>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Queued</source>
        <translation>Дараалалд орсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="39"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="42"/>
        <source>To</source>
        <translation>Хэнд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="43"/>
        <source>Subject</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="44"/>
        <source>Attempts</source>
        <translation>Оролдлого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="45"/>
        <source>Server&apos;s answer</source>
        <translation>Серверийн хариу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="49"/>
        <source>Show sent mail</source>
        <translation>Илгээснийг харуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="54"/>
        <source>Open &amp;draft…</source>
        <translation>Ноорог &amp;нээх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="55"/>
        <source>&amp;Retry</source>
        <translation>&amp;Дахин оролдох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="56"/>
        <source>&amp;Cancel message</source>
        <translation>Захидлыг &amp;цуцлах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="57"/>
        <source>Open in mail &amp;client</source>
        <translation>И-мэйл &amp;програмд нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Sending</source>
        <translation>Илгээж байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="74"/>
        <source>Sent</source>
        <translation>Илгээсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="75"/>
        <source>Will retry</source>
        <translation>Дахин оролдоно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="76"/>
        <source>Failed</source>
        <translation>Алдаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="77"/>
        <source>Interrupted: check before resending</source>
        <translation>Тасалдсан: дахин илгээхээс өмнө шалгана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="78"/>
        <source>Partly sent: some addresses refused</source>
        <translation>Хэсэгчлэн илгээсэн: зарим хаяг татгалзсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="79"/>
        <source>Cancelled</source>
        <translation>Цуцалсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="80"/>
        <source>Draft</source>
        <translation>Ноорог</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="35"/>
        <source>Payment for {0}</source>
        <translation>{0} нэхэмжлэхийн төлбөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="48"/>
        <source>Outstanding</source>
        <translation>Төлөх үлдэгдэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="49"/>
        <source>Amount</source>
        <translation>Дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="50"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="51"/>
        <source>Method</source>
        <translation>Арга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="52"/>
        <source>Reference</source>
        <translation>Үндэслэл</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="42"/>
        <source>Sales plan</source>
        <translation>Борлуулалтын төлөвлөгөө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="48"/>
        <source>Year</source>
        <translation>Он</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="55"/>
        <source>Currency: {0}</source>
        <translation>Валют: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="109"/>
        <source>{0}, month {1}: {2}</source>
        <translation>{0}, {1}-р сар: {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="110"/>
        <source>not an amount</source>
        <translation>дүн биш</translation>
    </message>
</context>
<context>
    <name>PriceImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="46"/>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="112"/>
        <source>Import prices and stock</source>
        <translation>Үнэ, үлдэгдэл импортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Product code</source>
        <translation>Барааны код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Price</source>
        <translation>Үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Minimum price</source>
        <translation>Доод үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Stock</source>
        <translation>Үлдэгдэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="55"/>
        <source>Warehouse</source>
        <translation>Агуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="56"/>
        <source>Price: {0}</source>
        <translation>Үнэ: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="58"/>
        <source>Choose file…</source>
        <translation>Файл сонгох…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="60"/>
        <source>CSV or XLSX from the accounting system</source>
        <translation>Нягтлан бодох бүртгэлийн програмын CSV эсвэл XLSX</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="76"/>
        <source>— from the file —</source>
        <translation>— файлаас —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="79"/>
        <source>Stock goes to</source>
        <translation>Үлдэгдлийг оруулах агуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="80"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Зарим мөрөнд алдаа байсан ч зөв мөрүүдийг импортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="82"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="89"/>
        <source>Save the report…</source>
        <translation>Тайланг хадгалах…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="113"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Хүснэгт (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="130"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} мөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="142"/>
        <source>— not in the file —</source>
        <translation>— файлд алга —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="176"/>
        <source>Imported: {0} products updated, {1} stock levels set.</source>
        <translation>Импортолсон: {0} барааны үнэ шинэчилсэн, {1} үлдэгдэл тохируулсан.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="72"/>
        <source>Product</source>
        <translation>Бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="72"/>
        <source>New product</source>
        <translation>Шинэ бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="91"/>
        <source>Active (offered in quotes)</source>
        <translation>Идэвхтэй (үнийн саналд санал болгоно)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="95"/>
        <source>Price type</source>
        <translation>Үнийн төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="95"/>
        <source>Price</source>
        <translation>Үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="104"/>
        <source>Warehouse</source>
        <translation>Агуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="104"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="141"/>
        <source>Stock</source>
        <translation>Үлдэгдэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="115"/>
        <source>No photo</source>
        <translation>Зураггүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="123"/>
        <source>Choose photo…</source>
        <translation>Зураг сонгох…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="131"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="132"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="133"/>
        <source>Unit</source>
        <translation>Нэгж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="134"/>
        <source>Category</source>
        <translation>Ангилал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="135"/>
        <source>Description</source>
        <translation>Тайлбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="136"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="206"/>
        <source>Recommended price</source>
        <translation>Зөвлөмжит үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="137"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="207"/>
        <source>Minimum price</source>
        <translation>Доод үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="138"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="208"/>
        <source>VAT %</source>
        <translation>НӨАТ %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="140"/>
        <source>Prices by type</source>
        <translation>Төрлөөрх үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="142"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="178"/>
        <source>Photo</source>
        <translation>Зураг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="179"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Зураг (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Буцаах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="35"/>
        <source>&amp;Redo</source>
        <translation>&amp;Дахин хийх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="36"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Хайчлах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="37"/>
        <source>&amp;Copy</source>
        <translation>&amp;Хуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="38"/>
        <source>&amp;Paste</source>
        <translation>&amp;Буулгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="39"/>
        <source>Delete</source>
        <translation>Устгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="40"/>
        <source>Select All</source>
        <translation>Бүгдийг сонгох</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="53"/>
        <source>Show Details...</source>
        <translation>Дэлгэрэнгүйг харуулах...</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="54"/>
        <source>Hide Details...</source>
        <translation>Дэлгэрэнгүйг нуух...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="14"/>
        <source>OK</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="15"/>
        <source>Save</source>
        <translation>Хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="16"/>
        <source>Save All</source>
        <translation>Бүгдийг хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="17"/>
        <source>Open</source>
        <translation>Нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>&amp;Тийм</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="19"/>
        <source>Yes to &amp;All</source>
        <translation>&amp;Бүгдэд тийм</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="20"/>
        <source>&amp;No</source>
        <translation>&amp;Үгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="21"/>
        <source>N&amp;o to All</source>
        <translation>Бүгдэд ү&amp;гүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="22"/>
        <source>Abort</source>
        <translation>Зогсоох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="23"/>
        <source>Retry</source>
        <translation>Дахин оролдох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="24"/>
        <source>Ignore</source>
        <translation>Алгасах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="25"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="26"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="27"/>
        <source>Discard</source>
        <translation>Хадгалахгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="28"/>
        <source>Help</source>
        <translation>Тусламж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="29"/>
        <source>Apply</source>
        <translation>Хэрэглэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="30"/>
        <source>Reset</source>
        <translation>Дахин тохируулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>Анхдагч утгыг сэргээх</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Буцаах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Дахин хийх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Хайчлах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Хуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="47"/>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Холбоосын хаягийг хуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>&amp;Буулгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="49"/>
        <source>Delete</source>
        <translation>Устгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="50"/>
        <source>Select All</source>
        <translation>Бүгдийг сонгох</translation>
    </message>
</context>
<context>
    <name>QuickQuoteDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="96"/>
        <source>Quick quote — {0}</source>
        <translation>Шуурхай үнийн санал — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="122"/>
        <source>Quote</source>
        <translation>Үнийн санал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="151"/>
        <source>&amp;Terms…</source>
        <translation>&amp;Нөхцөл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="163"/>
        <source>Code or name; Enter adds, ↓ goes to the list</source>
        <translation>Код эсвэл нэр; Enter нэмнэ, ↓ жагсаалт руу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="172"/>
        <source>All products</source>
        <translation>Бүх бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="193"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="194"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="195"/>
        <source>Unit</source>
        <translation>Нэгж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="202"/>
        <source>Total stock</source>
        <translation>Нийт үлдэгдэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="203"/>
        <source>Price</source>
        <translation>Үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="205"/>
        <source>Minimum</source>
        <translation>Доод</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="215"/>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="418"/>
        <source>No photo</source>
        <translation>Зураггүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="242"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="243"/>
        <source>Document</source>
        <translation>Баримт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="244"/>
        <source>Product</source>
        <translation>Бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="245"/>
        <source>Qty</source>
        <translation>Тоо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="246"/>
        <source>Price paid</source>
        <translation>Зарсан үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="275"/>
        <source>Save &amp;draft</source>
        <translation>Ноорог &amp;хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="277"/>
        <source>Send &amp;quote</source>
        <translation>Үнийн &amp;санал илгээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="279"/>
        <source>&amp;Sell: send invoice</source>
        <translation>&amp;Борлуулах: нэхэмжлэх илгээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="321"/>
        <source>The new terms apply from the next quote; this one keeps its prices.</source>
        <translation>Шинэ нөхцөл дараагийн үнийн саналаас хэрэгжинэ; энэ санал үнээ хэвээр хадгална.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="334"/>
        <source>Price type: {0} · discount {1} % · {2} · payment in {3} days</source>
        <translation>Үнийн төрөл: {0} · хөнгөлөлт {1} % · {2} · төлбөр {3} хоногт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="429"/>
        <source>Past deals of the client ({0})</source>
        <translation>Харилцагчийн өмнөх хэлцлүүд ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="435"/>
        <source>Past deals of the client: {0} ({1})</source>
        <translation>Харилцагчийн өмнөх хэлцлүүд: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="436"/>
        <source>No past deals for {0}</source>
        <translation>{0} харилцагчид өмнөх хэлцэл алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="452"/>
        <source>That deal was in {0}; this quote is in {1}.</source>
        <translation>Тэр хэлцэл {0} валютаар байсан; энэ үнийн санал {1} валютаар байна.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="457"/>
        <source>{0} is no longer in the catalogue.</source>
        <translation>{0} каталогт байхгүй болсон.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="474"/>
        <source>{0}: only {1} in stock.</source>
        <translation>{0}: агуулахад зөвхөн {1} байна.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="483"/>
        <source>Net: {0}</source>
        <translation>НӨАТ-гүй: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="486"/>
        <source>VAT: {0}</source>
        <translation>НӨАТ: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="488"/>
        <source>Total: {0}</source>
        <translation>Нийт: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="493"/>
        <source>Quick quote</source>
        <translation>Шуурхай үнийн санал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="501"/>
        <source>Price below the minimum</source>
        <translation>Доод үнээс бага үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="502"/>
        <source>Some prices are below the minimum. Your reason for approving them:</source>
        <translation>Зарим үнэ доод үнээс бага байна. Зөвшөөрүүлэх шалтгаан:</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Product</source>
        <translation>Бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Qty</source>
        <translation>Тоо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Unit</source>
        <translation>Нэгж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Price</source>
        <translation>Үнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>Discount %</source>
        <translation>Хөнгөлөлт %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>VAT %</source>
        <translation>НӨАТ %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>Total</source>
        <translation>Нийт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="103"/>
        <source>Below the minimum price {0}</source>
        <translation>Доод үнээс ({0}) бага</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="106"/>
        <source>Only {0} in stock</source>
        <translation>Агуулахад зөвхөн {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="137"/>
        <source>{0}: only {1} in stock; the quote keeps {2}.</source>
        <translation>{0}: агуулахад зөвхөн {1}; үнийн саналд {2} үлдэнэ.</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="36"/>
        <source>Claim reasons</source>
        <translation>Гомдлын шалтгаанууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="46"/>
        <source>Only the head of sales or the admin edits this list.</source>
        <translation>Энэ жагсаалтыг зөвхөн борлуулалтын албаны дарга эсвэл админ засна.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="51"/>
        <source>Department</source>
        <translation>Хэлтэс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="57"/>
        <source>&amp;Add</source>
        <translation>&amp;Нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="60"/>
        <source>&amp;Remove</source>
        <translation>&amp;Устгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="63"/>
        <source>&amp;Save</source>
        <translation>&amp;Хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
</context>
<context>
    <name>RegistrationAssistant</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="66"/>
        <source>New partner</source>
        <translation>Шинэ харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="87"/>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="88"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="89"/>
        <source>Tax ID</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="90"/>
        <source>Phone</source>
        <translation>Утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="91"/>
        <source>E-mail</source>
        <translation>И-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="92"/>
        <source>Contact person</source>
        <translation>Холбогдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="93"/>
        <source>Type the name, tax ID, phone or e-mail.</source>
        <translation>Нэр, регистрийн дугаар, утас эсвэл и-мэйл бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="98"/>
        <source>Open existing</source>
        <translation>Байгааг нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="102"/>
        <source>Create</source>
        <translation>Үүсгэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="106"/>
        <source>Full card…</source>
        <translation>Бүтэн карт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="150"/>
        <source>Already known? {0} similar client(s) below.</source>
        <translation>Аль хэдийн байгаа юу? Доор {0} төстэй харилцагч байна.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="153"/>
        <source>No similar client found.</source>
        <translation>Төстэй харилцагч олдсонгүй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="174"/>
        <source>Possible duplicate</source>
        <translation>Давхардсан байж болзошгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="175"/>
        <source>{0} looks like a client we already have. Create anyway? Your decision is recorded.</source>
        <translation>{0} манай байгаа харилцагчтай төстэй байна. Ямар ч байсан үүсгэх үү? Таны шийдвэрийг тэмдэглэнэ.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="43"/>
        <source>Reminders</source>
        <translation>Сануулгууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="46"/>
        <source>Starts</source>
        <translation>Эхлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="47"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="48"/>
        <source>Subject</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="53"/>
        <source>&amp;Snooze 10 min</source>
        <translation>10 мин &amp;хойшлуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="55"/>
        <source>&amp;Open</source>
        <translation>&amp;Нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="57"/>
        <source>&amp;Done</source>
        <translation>&amp;Гүйцэтгэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="59"/>
        <source>D&amp;ismiss</source>
        <translation>Н&amp;уух</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="61"/>
        <source>Select &amp;all</source>
        <translation>&amp;Бүгдийг сонгох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="83"/>
        <source>{0} reminders</source>
        <translation>{0} сануулга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="85"/>
        <source>{0} missed while the program was closed</source>
        <translation>Програм хаалттай байхад {0} сануулга алгасагдсан</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="134"/>
        <source>CRM Desktop reminder</source>
        <translation>CRM Desktop сануулга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="137"/>
        <source>{0} reminders</source>
        <translation>{0} сануулга</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="158"/>
        <source>Reports</source>
        <translation>Тайлангууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="293"/>
        <source>&amp;Run</source>
        <translation>&amp;Ажиллуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="296"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="311"/>
        <source>Sales &amp;plan…</source>
        <translation>Борлуулалтын &amp;төлөвлөгөө…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="316"/>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="316"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="317"/>
        <source>Chart as P&amp;NG…</source>
        <translation>Графикийг P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="331"/>
        <source>Team: {0}</source>
        <translation>Баг: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="337"/>
        <source>Category: {0}</source>
        <translation>Ангилал: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="432"/>
        <source>Running…</source>
        <translation>Ажиллаж байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="455"/>
        <source>Cancelled</source>
        <translation>Цуцалсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="468"/>
        <source>{0} rows</source>
        <translation>{0} мөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="533"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ажлын ном (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="534"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файл (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="534"/>
        <source>Images (*.png)</source>
        <translation>Зураг (*.png)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="536"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="561"/>
        <source>Saved to {0}</source>
        <translation>Хадгалсан: {0}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="86"/>
        <source>Reject the claim</source>
        <translation>Гомдлыг татгалзах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="87"/>
        <source>Resolve the claim</source>
        <translation>Гомдлыг шийдвэрлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="91"/>
        <source>(choose)</source>
        <translation>(сонгох)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="97"/>
        <source>(not asked)</source>
        <translation>(асуугаагүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="98"/>
        <source>1 — not at all satisfied … 5 — fully satisfied</source>
        <translation>1 — огт сэтгэл хангалуун бус … 5 — бүрэн сэтгэл хангалуун</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="102"/>
        <source>&amp;Result</source>
        <translation>&amp;Үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="103"/>
        <source>&amp;Satisfaction (1-5)</source>
        <translation>&amp;Сэтгэл ханамж (1-5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="104"/>
        <source>Why it is &amp;rejected</source>
        <translation>&amp;Татгалзсан шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="104"/>
        <source>What was &amp;done</source>
        <translation>&amp;Юу хийсэн</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="350"/>
        <source>Automation rules</source>
        <translation>Автоматжуулалтын дүрэм</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="366"/>
        <source>Only the head of sales or the admin changes rules: you can look and try a dry run.</source>
        <translation>Дүрмийг зөвхөн борлуулалтын албаны дарга эсвэл админ өөрчилнө: та харж, туршилтаар ажиллуулж болно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="381"/>
        <source>&amp;New</source>
        <translation>&amp;Шинэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="384"/>
        <source>From a &amp;template</source>
        <translation>&amp;Загвараас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="387"/>
        <source>Reactivation (no purchase for N days)</source>
        <translation>Дахин идэвхжүүлэх (N хоног худалдан авалтгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="391"/>
        <source>Lead distribution (round-robin)</source>
        <translation>Лийд хуваарилах (ээлжээр)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="395"/>
        <source>&amp;Delete</source>
        <translation>&amp;Устгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="402"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="405"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="408"/>
        <source>Run &amp;log…</source>
        <translation>Т&amp;үүх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="424"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="425"/>
        <source>Switched on (off until the dry run looks right)</source>
        <translation>Идэвхтэй (туршилтын ажиллуулалт зөв болтол унтраалттай байлгана)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="431"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="435"/>
        <source>If</source>
        <translation>Хэрэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="442"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="547"/>
        <source>to (any value if empty)</source>
        <translation>болсон утга (хоосон бол дурын)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="446"/>
        <source> days</source>
        <translation> хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="456"/>
        <source>and</source>
        <translation>ба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="457"/>
        <source>all of these hold</source>
        <translation>эдгээр бүгд биелсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="458"/>
        <source>any of these holds</source>
        <translation>эдгээрийн аль нэг биелсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="461"/>
        <source>Add a &amp;condition</source>
        <translation>&amp;Нөхцөл нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="470"/>
        <source>Then</source>
        <translation>Тэгвэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="475"/>
        <source>Add an &amp;action</source>
        <translation>Ү&amp;йлдэл нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="493"/>
        <source>&amp;Dry run: what would happen?</source>
        <translation>&amp;Туршиж үзэх: юу болох вэ?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="496"/>
        <source>&amp;Save</source>
        <translation>&amp;Хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="546"/>
        <source>stage name</source>
        <translation>үе шатын нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="549"/>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="698"/>
        <source>Export rules</source>
        <translation>Дүрмүүдийг экспортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="704"/>
        <source>Import rules</source>
        <translation>Дүрмүүдийг импортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="713"/>
        <source>(new rule)</source>
        <translation>(шинэ дүрэм)</translation>
    </message>
</context>
<context>
    <name>RunLogWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="48"/>
        <source>Automation: run log</source>
        <translation>Автоматжуулалт: ажиллуулалтын түүх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="59"/>
        <source>Show</source>
        <translation>Харуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="62"/>
        <source>every run</source>
        <translation>бүх ажиллуулалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="62"/>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="159"/>
        <source>done</source>
        <translation>гүйцэтгэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="63"/>
        <source>errors</source>
        <translation>алдаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="63"/>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="160"/>
        <source>stopped</source>
        <translation>зогссон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="70"/>
        <source>Show &amp;all runs</source>
        <translation>&amp;Бүх ажиллуулалтыг харуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Шинэчлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>When</source>
        <translation>Хэзээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Rule</source>
        <translation>Дүрэм</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Record</source>
        <translation>Бичлэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Result</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="88"/>
        <source>What it did, or why not</source>
        <translation>Юу хийсэн, эсвэл яагаад хийгээгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="94"/>
        <source>Double-click a run: why did this happen to its record?</source>
        <translation>Ажиллуулалт дээр давхар товшвол: түүний бичлэгт яагаад ийм зүйл болсныг харуулна.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="97"/>
        <source>Runs</source>
        <translation>Ажиллуулалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="102"/>
        <source>Leads and deals the rules assigned since</source>
        <translation>Дүрмээр оноосон лийд, хэлцэл, эхлэх огноо:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="111"/>
        <source>Save who is &amp;away</source>
        <translation>Байхгүй хүмүүсийг &amp;хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Manager</source>
        <translation>Менежер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Away (skipped)</source>
        <translation>Байхгүй (алгасна)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Assigned by rules</source>
        <translation>Дүрмээр оноосон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="121"/>
        <source>Open deals</source>
        <translation>Нээлттэй хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="121"/>
        <source>Leads</source>
        <translation>Лийд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="127"/>
        <source>Distribution per manager</source>
        <translation>Менежер тус бүрийн хуваарилалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="144"/>
        <source>Why: {record}</source>
        <translation>Шалтгаан: {record}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="159"/>
        <source>error</source>
        <translation>алдаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="176"/>
        <source>{count} runs</source>
        <translation>{count} ажиллуулалт</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="35"/>
        <source>Sign in to a team server</source>
        <translation>Багийн серверт нэвтрэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="41"/>
        <source>server:8443</source>
        <translation>сервер:8443</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="47"/>
        <source>Connect</source>
        <translation>Холбогдох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="53"/>
        <source>It is the fingerprint the server printed</source>
        <translation>Энэ нь серверийн хэвлэсэн хурууны хээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="61"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="63"/>
        <source>Login</source>
        <translation>Нэвтрэх нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="64"/>
        <source>Password</source>
        <translation>Нууц үг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="67"/>
        <source>Sign in</source>
        <translation>Нэвтрэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="94"/>
        <source>Connecting…</source>
        <translation>Холбогдож байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="109"/>
        <source>The server&apos;s certificate is trusted by this computer.</source>
        <translation>Энэ компьютер серверийн гэрчилгээнд итгэдэг.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="113"/>
        <source>Certificate accepted earlier, SHA-256:
{0}</source>
        <translation>Өмнө нь зөвшөөрсөн гэрчилгээ, SHA-256:
{0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="117"/>
        <source>First connection to this server. Compare its certificate&apos;s SHA-256 fingerprint with the one the server printed when it started:
{0}</source>
        <translation>Энэ серверт анх удаа холбогдож байна. Гэрчилгээний SHA-256 хурууны хээг сервер эхлэхдээ хэвлэсэн хээтэй харьцуулна уу:
{0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="137"/>
        <source>Signing in…</source>
        <translation>Нэвтэрч байна…</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="29"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="130"/>
        <source>Mail server</source>
        <translation>Шуудангийн сервер</translation>
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
        <translation>Байхгүй (шифрлэлтгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="47"/>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation>нууц үгийн санд хадгална; хоосон бол хэвээр</translation>
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
        <translation>Хамгаалалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="57"/>
        <source>User</source>
        <translation>Хэрэглэгч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="58"/>
        <source>Password</source>
        <translation>Нууц үг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="59"/>
        <source>From (address)</source>
        <translation>Илгээгч (хаяг)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="60"/>
        <source>From (name)</source>
        <translation>Илгээгч (нэр)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="63"/>
        <source>Send a &amp;test e-mail</source>
        <translation>&amp;Туршилтын и-мэйл илгээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="79"/>
        <source>Without encryption the password and the mail travel in clear text.</source>
        <translation>Шифрлэлтгүй бол нууц үг, захидал ил текстээр дамжина.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="88"/>
        <source>Sending…</source>
        <translation>Илгээж байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="94"/>
        <source>Sent to {0}.</source>
        <translation>{0} руу илгээсэн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="95"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="100"/>
        <source>Not sent: {0}</source>
        <translation>Илгээгээгүй: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="131"/>
        <source>There is no secure keychain on this computer (only {0}, which would keep the password readable in a file), so the password cannot be stored.

Use it for this session only? It is asked again after the next start. To store it, install a keychain service (GNOME Keyring or KWallet) and save it again.</source>
        <translation>Энэ компьютерт найдвартай нууц үгийн сан алга (зөвхөн {0} байгаа бөгөөд нууц үгийг файлд уншигдахуйц хадгална), тиймээс нууц үгийг хадгалах боломжгүй.

Зөвхөн энэ сессэд ашиглах уу? Дараагийн эхлэлд дахин асууна. Хадгалахын тулд нууц үгийн сангийн үйлчилгээ (GNOME Keyring эсвэл KWallet) суулгаад дахин хадгална уу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="137"/>
        <source>Use for this &amp;session only</source>
        <translation>Зөвхөн энэ &amp;сессэд</translation>
    </message>
</context>
<context>
    <name>StageEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="44"/>
        <source>Pipelines and stages</source>
        <translation>Юүлүүр ба үе шатууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="49"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="149"/>
        <source>New pipeline</source>
        <translation>Шинэ юүлүүр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="50"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="152"/>
        <source>New</source>
        <translation>Шинэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="51"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="153"/>
        <source>Won</source>
        <translation>Ялсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="52"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="154"/>
        <source>Lost</source>
        <translation>Алдсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="77"/>
        <source>Stage</source>
        <translation>Үе шат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <source>Probability, %</source>
        <translation>Магадлал, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <source>Outcome</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="65"/>
        <source>Required to enter (comma-separated)</source>
        <translation>Орохын тулд шаардлагатай (таслалаар)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="66"/>
        <source>Allowed next stages (comma-separated)</source>
        <translation>Дараагийн зөвшөөрөгдөх үе шатууд (таслалаар)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="70"/>
        <source>Stage names a deal may move to from this one. Empty: a strict pipeline allows the next stage and the outcomes, a manual one any stage.</source>
        <translation>Хэлцэл энэ үе шатаас шилжиж болох үе шатуудын нэр. Хоосон бол: хатуу юүлүүр дараагийн үе шат болон үр дүнг, гар горимын юүлүүр дурын үе шатыг зөвшөөрнө.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="76"/>
        <source>&amp;Add stage</source>
        <translation>Үе шат &amp;нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="78"/>
        <source>&amp;Remove stage</source>
        <translation>Үе шат &amp;устгах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="80"/>
        <source>Move &amp;up</source>
        <translation>&amp;Дээш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="82"/>
        <source>Move &amp;down</source>
        <translation>Д&amp;оош</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="84"/>
        <source>&amp;New pipeline…</source>
        <translation>Шинэ &amp;юүлүүр…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="102"/>
        <source>&amp;Name</source>
        <translation>Н&amp;эр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="103"/>
        <source>&amp;Mode</source>
        <translation>&amp;Горим</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="108"/>
        <source>Fields a stage can require: {0}</source>
        <translation>Үе шатны шаардаж болох талбарууд: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="109"/>
        <source>Loss reasons, one a line:</source>
        <translation>Алдсан шалтгаанууд, мөр бүрт нэг:</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="54"/>
        <source>Receiving %p%</source>
        <translation>Хүлээн авч байна %p%</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="59"/>
        <source>S&amp;ync</source>
        <translation>&amp;Синхрончлол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="61"/>
        <source>Sync now</source>
        <translation>Одоо синхрончлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="64"/>
        <source>Conflicts…</source>
        <translation>Зөрчлүүд…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="83"/>
        <source>Offline — {0} waiting</source>
        <translation>Холболтгүй — {0} хүлээгдэж байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="85"/>
        <source>Not synced yet — {0} waiting</source>
        <translation>Синхрончлоогүй — {0} хүлээгдэж байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="87"/>
        <source>Synced at {0}, {1} waiting</source>
        <translation>{0}-д синхрончилсон, {1} хүлээгдэж байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="90"/>
        <source> · {0} conflicts</source>
        <translation> · {0} зөрчил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="92"/>
        <source>{0} as {1}</source>
        <translation>{0} ({1} хэрэглэгчээр)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="99"/>
        <source>Syncing…</source>
        <translation>Синхрончилж байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="109"/>
        <source>the team server does not answer</source>
        <translation>багийн сервер хариу өгөхгүй байна</translation>
    </message>
</context>
<context>
    <name>TeamControls</name>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="39"/>
        <source>&amp;Team</source>
        <translation>&amp;Баг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="41"/>
        <source>Sign in to a team server…</source>
        <translation>Багийн серверт нэвтрэх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="44"/>
        <source>Switch user…</source>
        <translation>Хэрэглэгч солих…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="47"/>
        <source>Sign out</source>
        <translation>Гарах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="50"/>
        <source>Users…</source>
        <translation>Хэрэглэгчид…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="59"/>
        <source>Team: connecting…</source>
        <translation>Баг: холбогдож байна…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="76"/>
        <source>Team: {0} ({1}) on {2}</source>
        <translation>Баг: {0} ({1}), {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="80"/>
        <source>Team: signed out — working on this computer</source>
        <translation>Баг: нэвтрээгүй — энэ компьютер дээр ажиллаж байна</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="33"/>
        <source>Terms of sale — {0}</source>
        <translation>Борлуулалтын нөхцөл — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="55"/>
        <source>Price type</source>
        <translation>Үнийн төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="56"/>
        <source>Discount</source>
        <translation>Хөнгөлөлт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="57"/>
        <source>Payment days</source>
        <translation>Төлбөрийн хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="58"/>
        <source>Currency</source>
        <translation>Валют</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="65"/>
        <source>Users</source>
        <translation>Хэрэглэгчид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Login</source>
        <translation>Нэвтрэх нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Role</source>
        <translation>Үүрэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="69"/>
        <source>Team</source>
        <translation>Баг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="69"/>
        <source>State</source>
        <translation>Байдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="75"/>
        <source>Add…</source>
        <translation>Нэмэх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="76"/>
        <source>Disable</source>
        <translation>Идэвхгүй болгох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="77"/>
        <source>Enable</source>
        <translation>Идэвхжүүлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="78"/>
        <source>Reset password…</source>
        <translation>Нууц үг шинэчлэх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="79"/>
        <source>Change role…</source>
        <translation>Үүрэг солих…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="121"/>
        <source>active</source>
        <translation>идэвхтэй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="121"/>
        <source>disabled</source>
        <translation>идэвхгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="152"/>
        <source>Reset password</source>
        <translation>Нууц үг шинэчлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="153"/>
        <source>New password for {0}:</source>
        <translation>Шинэ нууц үг ({0}):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="163"/>
        <source>Change role</source>
        <translation>Үүрэг солих</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="164"/>
        <source>Role of {0}:</source>
        <translation>Үүрэг ({0}):</translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="80"/>
        <source>Warehouses</source>
        <translation>Агуулахууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Main</source>
        <translation>Үндсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="86"/>
        <source>Group</source>
        <translation>Бүлэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="90"/>
        <source>&amp;Add warehouse</source>
        <translation>Агуулах &amp;нэмэх</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="71"/>
        <source> (process {0} on {1})</source>
        <translation> ({1} дээрх {0} процесс)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="73"/>
        <source>The database {0} is already open in CRM Desktop{1}. Switch to that window, or close it and start again.</source>
        <translation>{0} өгөгдлийн сан CRM Desktop{1} програмд аль хэдийн нээлттэй байна. Тэр цонх руу шилжих, эсвэл түүнийг хаагаад дахин эхлүүлнэ үү.</translation>
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
        <translation>{0} өгөгдлийн сан сүлжээний хавтсанд байна. SMB дээрх SQLite-ын түгжээ найдваргүй тул хамтран ашиглавал файл гэмтэж болно. Багаар ажиллахдаа PostgreSQL сервер ашиглана уу (crm-desktop --db postgresql+psycopg://…).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="112"/>
        <source>If the file is damaged, restore the latest backup: crm-desktop db restore BACKUP-FILE (backups are in the backups folder beside the database).</source>
        <translation>Файл гэмтсэн бол сүүлийн нөөцөөс сэргээнэ үү: crm-desktop db restore НӨӨЦ-ФАЙЛ (нөөцүүд өгөгдлийн сангийн хажуугийн backups хавтсанд байна).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="131"/>
        <source>The database has no active user.</source>
        <translation>Өгөгдлийн санд идэвхтэй хэрэглэгч алга.</translation>
    </message>
</context>
<context>
    <name>automation</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="22"/>
        <source>a client</source>
        <translation>харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="23"/>
        <source>a deal</source>
        <translation>хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="24"/>
        <source>an order</source>
        <translation>захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="25"/>
        <source>a claim</source>
        <translation>гомдол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="26"/>
        <source>an invoice</source>
        <translation>нэхэмжлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="27"/>
        <source>an event</source>
        <translation>үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="33"/>
        <source>is created</source>
        <translation>үүсгэгдвэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="34"/>
        <source>has a field changed</source>
        <translation>талбар нь өөрчлөгдвөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="35"/>
        <source>enters the stage</source>
        <translation>дараах үе шатанд орвол:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="36"/>
        <source>reaches a date</source>
        <translation>огноонд хүрвэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="37"/>
        <source>has had no activity for</source>
        <translation>дараах хугацаанд идэвхгүй байвал:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="38"/>
        <source>has bought nothing (no paid invoice) for</source>
        <translation>дараах хугацаанд юу ч аваагүй бол (төлсөн нэхэмжлэхгүй):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="39"/>
        <source>is picked by hand</source>
        <translation>гараар сонгогдвол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="45"/>
        <source>is</source>
        <translation>нь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="46"/>
        <source>is not</source>
        <translation>нь дараахаас өөр:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="47"/>
        <source>is one of</source>
        <translation>нь дараахын аль нэг:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="48"/>
        <source>is empty</source>
        <translation>хоосон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="49"/>
        <source>is more than</source>
        <translation>нь дараахаас их:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="50"/>
        <source>is less than</source>
        <translation>нь дараахаас бага:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="51"/>
        <source>changed to</source>
        <translation>дараах утгатай болсон:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="52"/>
        <source>was at least N days ago</source>
        <translation>нь дор хаяж N хоногийн өмнө:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="58"/>
        <source>set a field</source>
        <translation>талбарын утга оноох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="59"/>
        <source>assign a manager</source>
        <translation>менежер оноох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="60"/>
        <source>create a task</source>
        <translation>даалгавар үүсгэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="61"/>
        <source>plan an event</source>
        <translation>үйл явдал төлөвлөх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="62"/>
        <source>open a deal</source>
        <translation>хэлцэл нээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="63"/>
        <source>move the deal to a stage</source>
        <translation>хэлцлийг үе шат руу шилжүүлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="64"/>
        <source>add a tag</source>
        <translation>шошго нэмэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="65"/>
        <source>remove a tag</source>
        <translation>шошго хасах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="66"/>
        <source>queue an e-mail from a template</source>
        <translation>загвараас и-мэйл дараалалд оруулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="67"/>
        <source>notify a user in the program</source>
        <translation>программд хэрэглэгчид мэдэгдэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="68"/>
        <source>make a document (quote copy or letter)</source>
        <translation>баримт үүсгэх (үнийн саналын хуулбар эсвэл захидал)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="69"/>
        <source>call a web hook</source>
        <translation>вэб хук руу дуудлага хийх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="75"/>
        <source>to a person</source>
        <translation>нэг хүнд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="76"/>
        <source>in turn (round-robin) among</source>
        <translation>ээлжээр, дараахын дунд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="77"/>
        <source>to the least busy of</source>
        <translation>хамгийн бага ачаалалтайд, дараахаас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="78"/>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="88"/>
        <source>by a table</source>
        <translation>хүснэгтээр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="85"/>
        <source>fixed person</source>
        <translation>тогтмол ажилтан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="86"/>
        <source>round-robin</source>
        <translation>ээлжээр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="87"/>
        <source>least busy</source>
        <translation>хамгийн бага ачаалалтай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="95"/>
        <source>address</source>
        <translation>хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="95"/>
        <source>amount</source>
        <translation>дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="96"/>
        <source>chain</source>
        <translation>гинж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="96"/>
        <source>city</source>
        <translation>хот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="97"/>
        <source>claim date</source>
        <translation>гомдлын огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="98"/>
        <source>kind of claimant</source>
        <translation>гомдол гаргагчийн төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="99"/>
        <source>closing time</source>
        <translation>хаасан цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="99"/>
        <source>comment</source>
        <translation>тайлбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="100"/>
        <source>completion time</source>
        <translation>гүйцэтгэсэн цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="101"/>
        <source>confirmation time</source>
        <translation>баталгаажуулсан цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="102"/>
        <source>content</source>
        <translation>агуулга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="102"/>
        <source>country</source>
        <translation>улс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="103"/>
        <source>creation time</source>
        <translation>үүсгэсэн цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="104"/>
        <source>person at fault</source>
        <translation>буруутай хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="105"/>
        <source>currency</source>
        <translation>валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="105"/>
        <source>department</source>
        <translation>хэлтэс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="106"/>
        <source>direction</source>
        <translation>чиглэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="106"/>
        <source>due time</source>
        <translation>эцсийн хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="107"/>
        <source>due date</source>
        <translation>эцсийн огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="107"/>
        <source>end time</source>
        <translation>дуусах цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="108"/>
        <source>essence</source>
        <translation>мөн чанар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="109"/>
        <source>expected close</source>
        <translation>хаах төлөвлөсөн огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="110"/>
        <source>full name</source>
        <translation>бүтэн нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="111"/>
        <source>investigation start</source>
        <translation>шалгалт эхэлсэн цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="112"/>
        <source>issue date</source>
        <translation>гаргасан огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="112"/>
        <source>language</source>
        <translation>хэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="113"/>
        <source>legal address</source>
        <translation>албан ёсны хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="114"/>
        <source>loss comment</source>
        <translation>алдалтын тайлбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="115"/>
        <source>loss reason</source>
        <translation>алдалтын шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="115"/>
        <source>manager</source>
        <translation>менежер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="116"/>
        <source>net total</source>
        <translation>НӨАТ-гүй дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="116"/>
        <source>notes</source>
        <translation>тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="117"/>
        <source>number</source>
        <translation>дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="117"/>
        <source>order date</source>
        <translation>захиалгын огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="118"/>
        <source>pipeline</source>
        <translation>юүлүүр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="118"/>
        <source>probability</source>
        <translation>магадлал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="119"/>
        <source>region</source>
        <translation>бүс нутаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="120"/>
        <source>registration time</source>
        <translation>бүртгэсэн цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="121"/>
        <source>rejection time</source>
        <translation>татгалзсан цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="121"/>
        <source>remedy</source>
        <translation>шийдвэрлэх арга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="122"/>
        <source>reminder time</source>
        <translation>сануулгын цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="123"/>
        <source>resolution</source>
        <translation>шийдвэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="124"/>
        <source>resolution time</source>
        <translation>шийдвэрлэсэн цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="125"/>
        <source>responsible</source>
        <translation>хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="125"/>
        <source>result</source>
        <translation>үр дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="126"/>
        <source>satisfaction</source>
        <translation>сэтгэл ханамж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="127"/>
        <source>severity</source>
        <translation>ноцтой байдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="127"/>
        <source>name</source>
        <translation>нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="128"/>
        <source>source</source>
        <translation>эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="128"/>
        <source>stage</source>
        <translation>үе шат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="129"/>
        <source>time in the stage since</source>
        <translation>үе шатанд орсон цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="130"/>
        <source>start time</source>
        <translation>эхлэх цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="130"/>
        <source>status</source>
        <translation>төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="131"/>
        <source>status change time</source>
        <translation>төлөв өөрчлөгдсөн цаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="132"/>
        <source>subject</source>
        <translation>сэдэв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="132"/>
        <source>tax ID</source>
        <translation>регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="133"/>
        <source>second tax ID</source>
        <translation>хоёр дахь регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="133"/>
        <source>title</source>
        <translation>гарчиг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="134"/>
        <source>total</source>
        <translation>нийт дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="134"/>
        <source>type</source>
        <translation>төрөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="135"/>
        <source>VAT included</source>
        <translation>НӨАТ орсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="136"/>
        <source>VAT total</source>
        <translation>НӨАТ-ын дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="136"/>
        <source>website</source>
        <translation>вэбсайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="142"/>
        <source>custom field {name}</source>
        <translation>нэмэлт талбар {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="148"/>
        <source>the record&apos;s manager</source>
        <translation>бичлэгийн менежер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="157"/>
        <source>set {field} to {value}</source>
        <translation>{field} талбарыг {value} болгох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="168"/>
        <source>{by}</source>
        <translation>{by}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="169"/>
        <source>assign {how} {who}</source>
        <translation>оноох ({how}): {who}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="173"/>
        <source>{what} &quot;{subject}&quot;, due in {days} days, for {who}</source>
        <translation>{what} &quot;{subject}&quot;, {days} хоногийн дотор, хариуцах: {who}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="180"/>
        <source>open a deal &quot;{title}&quot; in {pipeline}</source>
        <translation>&quot;{title}&quot; хэлцэл нээх, юүлүүр: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="182"/>
        <source>the default pipeline</source>
        <translation>үндсэн юүлүүр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="185"/>
        <source>move the deal to {stage}</source>
        <translation>хэлцлийг үе шат руу шилжүүлэх: {stage}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="189"/>
        <source>queue the &quot;{purpose}&quot; e-mail to the client</source>
        <translation>харилцагч руу &quot;{purpose}&quot; и-мэйлийг дараалалд оруулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="193"/>
        <source>tell {who}: {text}</source>
        <translation>мэдэгдэх ({who}): {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="197"/>
        <source>call {url}</source>
        <translation>{url} руу дуудлага хийх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="200"/>
        <source>print the letter &quot;{title}&quot; to the client&apos;s files</source>
        <translation>«{title}» захидлыг харилцагчийн файлд хэвлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="202"/>
        <source>make a {document} from the deal&apos;s latest quote</source>
        <translation>хэлцлийн сүүлийн үнийн саналаас {document} үүсгэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="214"/>
        <source>has {field} changed</source>
        <translation>{field} нь өөрчлөгдвөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="218"/>
        <source>to {value}</source>
        <translation>(шинэ утга: {value})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="223"/>
        <source>is {days} days {side} its {field}</source>
        <translation>{field} талбарын огнооноос {days} хоногийн {side} болвол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="225"/>
        <source>after</source>
        <translation>дараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="225"/>
        <source>before</source>
        <translation>өмнө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="229"/>
        <source>{days} days</source>
        <translation>{days} хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="230"/>
        <source>If {entity} {trigger}</source>
        <translation>Хэрэв {entity} {trigger}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="234"/>
        <source> or </source>
        <translation> эсвэл </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="236"/>
        <source> and </source>
        <translation> ба </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="244"/>
        <source>(no)</source>
        <translation>(биш)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="249"/>
        <source>, when </source>
        <translation>, нөхцөл: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="251"/>
        <source>, then </source>
        <translation>, тэгвэл </translation>
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
        <translation>Дүн, {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="153"/>
        <source>Amount</source>
        <translation>Дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="155"/>
        <source>Percent</source>
        <translation>Хувь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="156"/>
        <source>Count</source>
        <translation>Тоо</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="23"/>
        <source>Overdue: a task of the plan or the claim&apos;s deadline has passed</source>
        <translation>Хугацаа хэтэрсэн: төлөвлөгөөний даалгавар эсвэл гомдлын эцсийн хугацаа өнгөрсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="30"/>
        <source>Number</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="31"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="34"/>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="26"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="36"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="37"/>
        <source>Severity</source>
        <translation>Ноцтой байдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="38"/>
        <source>Reason</source>
        <translation>Шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="39"/>
        <source>Department</source>
        <translation>Хэлтэс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="40"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="41"/>
        <source>Deadline</source>
        <translation>Эцсийн хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="45"/>
        <source>Plan</source>
        <translation>Төлөвлөгөө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="47"/>
        <source>Order</source>
        <translation>Захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="48"/>
        <source>Essence</source>
        <translation>Мөн чанар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="17"/>
        <source>Registered</source>
        <translation>Бүртгэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="18"/>
        <source>Confirmed</source>
        <translation>Баталгаажсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="19"/>
        <source>Under investigation</source>
        <translation>Шалгаж байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="20"/>
        <source>Resolved</source>
        <translation>Шийдвэрлэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="21"/>
        <source>Rejected</source>
        <translation>Татгалзсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="22"/>
        <source>Low</source>
        <translation>Бага</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="23"/>
        <source>Medium</source>
        <translation>Дунд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="24"/>
        <source>High</source>
        <translation>Өндөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="25"/>
        <source>Critical</source>
        <translation>Ноцтой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="27"/>
        <source>Supplier</source>
        <translation>Нийлүүлэгч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="28"/>
        <source>Competitor</source>
        <translation>Өрсөлдөгч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="29"/>
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="30"/>
        <source>Other</source>
        <translation>Бусад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="39"/>
        <source>Confirm</source>
        <translation>Баталгаажуулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="40"/>
        <source>Start investigation</source>
        <translation>Шалгалт эхлүүлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="41"/>
        <source>Resolve…</source>
        <translation>Шийдвэрлэх…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="42"/>
        <source>Reject…</source>
        <translation>Татгалзах…</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="38"/>
        <source>Existing client</source>
        <translation>Байгаа харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="39"/>
        <source>What matches</source>
        <translation>Юу таарч байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="27"/>
        <source>This field is required</source>
        <translation>Заавал бөглөх талбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="28"/>
        <source>Not a valid phone number for the client&apos;s country</source>
        <translation>Харилцагчийн улсын утасны дугаар биш байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="29"/>
        <source>Not an e-mail address</source>
        <translation>И-мэйл хаяг биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="30"/>
        <source>Not a valid tax ID for the client&apos;s country</source>
        <translation>Харилцагчийн улсын регистрийн дугаар биш байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="31"/>
        <source>Not a valid KPP (9 characters)</source>
        <translation>КПП буруу (9 тэмдэгт)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="32"/>
        <source>Not a valid IBAN (check digits or length)</source>
        <translation>IBAN буруу (шалгах орон эсвэл урт)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="33"/>
        <source>Not a bank account number</source>
        <translation>Банкны дансны дугаар биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="34"/>
        <source>Not a valid BIC</source>
        <translation>BIC буруу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="35"/>
        <source>Unknown country</source>
        <translation>Үл мэдэгдэх улс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="36"/>
        <source>Not a currency code</source>
        <translation>Валютын код биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="37"/>
        <source>Not a number</source>
        <translation>Тоо биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="38"/>
        <source>Not a date (YYYY-MM-DD)</source>
        <translation>Огноо биш (ЖЖЖЖ-СС-ӨӨ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="39"/>
        <source>Not one of the choices</source>
        <translation>Сонголтуудын аль нь ч биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="40"/>
        <source>A client cannot be related to itself</source>
        <translation>Харилцагч өөртэйгөө холбоотой байж болохгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="41"/>
        <source>The birthday is in the future</source>
        <translation>Төрсөн өдөр ирээдүйд байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="50"/>
        <source>same tax ID {0}</source>
        <translation>ижил регистрийн дугаар {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="52"/>
        <source>same phone {0}</source>
        <translation>ижил утас {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="54"/>
        <source>same e-mail {0}</source>
        <translation>ижил и-мэйл {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="55"/>
        <source>similar name ({0}%)</source>
        <translation>төстэй нэр ({0}%)</translation>
    </message>
</context>
<context>
    <name>deals</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="16"/>
        <source>amount</source>
        <translation>дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="17"/>
        <source>expected close date</source>
        <translation>хаах төлөвтэй огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="18"/>
        <source>contact person</source>
        <translation>холбогдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="19"/>
        <source>source</source>
        <translation>эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="20"/>
        <source>responsible</source>
        <translation>хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="21"/>
        <source>the client&apos;s terms of sale</source>
        <translation>харилцагчийн борлуулалтын нөхцөл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="27"/>
        <source>Strict: no skipped stage, required fields</source>
        <translation>Хатуу: үе шат алгасахгүй, заавал бөглөх талбартай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="28"/>
        <source>Manual: any move, warnings</source>
        <translation>Гар: дурын шилжилт, анхааруулгатай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="29"/>
        <source>No pipeline: interactions only</source>
        <translation>Юүлүүргүй: зөвхөн харилцаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="36"/>
        <source>To enter {0}, fill in first: {1}</source>
        <translation>«{0}» үе шат руу шилжихийн тулд эхлээд бөглөнө үү: {1}</translation>
    </message>
</context>
<context>
    <name>delimiter</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="15"/>
        <source>How the columns of a CSV file are separated</source>
        <translation>CSV файлын баганууд юугаар тусгаарлагдсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="16"/>
        <source>Delimiter: automatic</source>
        <translation>Тусгаарлагч: автомат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="17"/>
        <source>Delimiter: semicolon ;</source>
        <translation>Тусгаарлагч: цэгтэй таслал ;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="18"/>
        <source>Delimiter: comma ,</source>
        <translation>Тусгаарлагч: таслал ,</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="19"/>
        <source>Delimiter: vertical bar |</source>
        <translation>Тусгаарлагч: босоо зураас |</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="20"/>
        <source>Delimiter: tab</source>
        <translation>Тусгаарлагч: таб</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="44"/>
        <source>Could not store {name}: {reason}</source>
        <translation>{name} файлыг хадгалж чадсангүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="45"/>
        <source>{name} is larger than {megabytes} MB</source>
        <translation>{name} нь {megabytes} МБ-аас том байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="46"/>
        <source>the disk is full</source>
        <translation>диск дүүрсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="47"/>
        <source>Backup to {path} failed: {reason}</source>
        <translation>{path} руу нөөц хуулбар хийж чадсангүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="48"/>
        <source>the copy failed its integrity check ({verdict})</source>
        <translation>хуулбар бүрэн бүтэн байдлын шалгалтад тэнцээгүй ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="51"/>
        <source>Backups from the program are for SQLite files; back up a PostgreSQL server with pg_dump</source>
        <translation>Програмын нөөц хуулбар зөвхөн SQLite файлд зориулагдсан; PostgreSQL серверийг pg_dump ашиглан нөөцлөнө үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="55"/>
        <source>not a bank account number</source>
        <translation>банкны дансны дугаар биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="56"/>
        <source>not a valid BIC</source>
        <translation>BIC буруу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="57"/>
        <source>a birthday in the future</source>
        <translation>ирээдүйн төрсөн өдөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="58"/>
        <source>not one of the choices</source>
        <translation>сонголтуудын аль нь ч биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="59"/>
        <source>unknown country</source>
        <translation>үл мэдэгдэх улс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="60"/>
        <source>not a currency code</source>
        <translation>валютын код биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="61"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>огноо биш (ЖЖЖЖ-СС-ӨӨ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="62"/>
        <source>not an e-mail address</source>
        <translation>и-мэйл хаяг биш</translation>
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
        <translation>IBAN буруу</translation>
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
        <translation>тоо биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="68"/>
        <source>not a valid phone number for the client&apos;s country</source>
        <translation>харилцагчийн улсын утасны дугаар биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="69"/>
        <source>a client cannot be related to itself</source>
        <translation>харилцагч өөртэйгөө холбоотой байж болохгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="70"/>
        <source>required</source>
        <translation>заавал бөглөнө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="71"/>
        <source>not a valid tax ID for the country</source>
        <translation>улсын регистрийн дугаар биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="72"/>
        <source>not a valid KPP</source>
        <translation>КПП буруу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="73"/>
        <source>more characters than allowed</source>
        <translation>зөвшөөрөгдсөнөөс олон тэмдэгт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="74"/>
        <source>This category no longer exists</source>
        <translation>Энэ ангилал байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="75"/>
        <source>A category cannot move into itself or below itself</source>
        <translation>Ангиллыг өөр дотор нь эсвэл өөрөөсөө доош зөөх боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="77"/>
        <source>Another product already has the code {code}</source>
        <translation>{code} кодтой өөр бараа аль хэдийн байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="79"/>
        <source>The minimum price is above the recommended price</source>
        <translation>Доод үнэ зөвлөмжит үнээс өндөр байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="81"/>
        <source>Prices cannot be negative</source>
        <translation>Үнэ сөрөг байж болохгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="82"/>
        <source>Enter the category name</source>
        <translation>Ангиллын нэрийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="83"/>
        <source>Enter the product code</source>
        <translation>Барааны кодыг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="84"/>
        <source>Enter the product name</source>
        <translation>Барааны нэрийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="85"/>
        <source>Enter the unit</source>
        <translation>Хэмжих нэгжийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="86"/>
        <source>Every warehouse needs a name</source>
        <translation>Агуулах бүр нэртэй байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="565"/>
        <source>This product no longer exists</source>
        <translation>Энэ бараа байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="88"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="101"/>
        <source>VAT must be from 0 to 100 %</source>
        <translation>НӨАТ 0-ээс 100 % хооронд байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="89"/>
        <source>A warehouse no longer exists</source>
        <translation>Нэг агуулах байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="90"/>
        <source>Two warehouses have the same name</source>
        <translation>Хоёр агуулах ижил нэртэй байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="92"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="448"/>
        <source>This client no longer exists</source>
        <translation>Энэ харилцагч байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="93"/>
        <source>{bic} is not a valid BIC</source>
        <translation>{bic} буруу BIC байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="94"/>
        <source>The device code is up to 8 letters or digits</source>
        <translation>Төхөөрөмжийн код 8 хүртэлх үсэг эсвэл цифр байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="96"/>
        <source>{account} is not a valid IBAN</source>
        <translation>{account} буруу IBAN байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="97"/>
        <source>The database has no company yet</source>
        <translation>Өгөгдлийн санд байгууллага хараахан алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="98"/>
        <source>Enter the company&apos;s legal and short name</source>
        <translation>Байгууллагын албан ёсны болон товч нэрийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="99"/>
        <source>Enter your company&apos;s requisites first</source>
        <translation>Эхлээд байгууллагынхаа дэлгэрэнгүй мэдээллийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="100"/>
        <source>{tax_id} is not a valid tax ID for {country}</source>
        <translation>{tax_id} нь {country} улсын регистрийн дугаар биш байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="102"/>
        <source>Field {key}: a choice field needs its choices</source>
        <translation>{key} талбар: сонголтын талбарт сонголтууд хэрэгтэй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="104"/>
        <source>Field key {key!r}: use small Latin letters, digits and _</source>
        <translation>Талбарын түлхүүр «{key}»: жижиг латин үсэг, цифр, _ ашиглана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="106"/>
        <source>Two custom fields have the same key</source>
        <translation>Хоёр нэмэлт талбар ижил түлхүүртэй байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="107"/>
        <source>Field {key}: give it a label</source>
        <translation>{key} талбар: нэр өгнө үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="108"/>
        <source>Not a usable database path ({reason}): {value}</source>
        <translation>Өгөгдлийн сангийн зам ашиглах боломжгүй ({reason}): {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="109"/>
        <source>Not a database URL: {value}</source>
        <translation>Өгөгдлийн сангийн URL биш: {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="110"/>
        <source>No database given: --db is empty. Give a file path or a database URL</source>
        <translation>Өгөгдлийн сан заагаагүй: --db хоосон байна. Файлын зам эсвэл өгөгдлийн сангийн URL өгнө үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="113"/>
        <source>The database is busy (another program is writing): nothing was saved. Try again in a moment.</source>
        <translation>Өгөгдлийн санг өөр програм ашиглаж байна (бичиж байна): юу ч хадгалагдаагүй. Хэсэг хугацааны дараа дахин оролдоно уу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="117"/>
        <source>Cannot open database {database}: {reason}</source>
        <translation>{database} өгөгдлийн санг нээж чадсангүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="118"/>
        <source>The database {label} is damaged ({reason}). Restore the latest backup.</source>
        <translation>{label} өгөгдлийн сан гэмтсэн ({reason}). Сүүлийн нөөцөөс сэргээнэ үү.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="120"/>
        <source>The disk holding {label} failed to write: nothing was saved.</source>
        <translation>{label} байрлах диск бичиж чадсангүй: юу ч хадгалагдаагүй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="122"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск дүүрсэн: юу ч хадгалагдаагүй. Зай чөлөөлөөд дахин оролдоно уу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="124"/>
        <source>The last integrity check of {label} ({when}) found problems: {details}. Restore the latest backup</source>
        <translation>{label}: сүүлийн бүрэн бүтэн байдлын шалгалт ({when}) алдаа илрүүлсэн: {details}. Сүүлийн нөөцөөс сэргээнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="128"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>{path} файлыг түгжиж чадсангүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="129"/>
        <source>{path} is open in another CRM Desktop program (process {pid} on {host}); close it first, or run this there</source>
        <translation>{path} өөр CRM Desktop програмд нээлттэй байна ({host} дээрх {pid} процесс); эхлээд түүнийг хаах, эсвэл үүнийг тэнд ажиллуулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="133"/>
        <source>No database at {path}</source>
        <translation>{path} дээр өгөгдлийн сан алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="134"/>
        <source>The driver for {scheme} is not installed ({reason}): use postgresql+psycopg://… or an SQLite file</source>
        <translation>{scheme} драйвер суулгаагүй ({reason}): postgresql+psycopg://… эсвэл SQLite файл ашиглана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="138"/>
        <source>Cannot open database {path}: the folder {folder} does not exist</source>
        <translation>{path} өгөгдлийн санг нээж чадсангүй: {folder} хавтас байхгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="140"/>
        <source>{path} is not a CRM Desktop database ({reason}); nothing was changed</source>
        <translation>{path} нь CRM Desktop-ын өгөгдлийн сан биш ({reason}); юу ч өөрчлөгдөөгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="143"/>
        <source>Could not update the database structure: {reason}</source>
        <translation>Өгөгдлийн сангийн бүтцийг шинэчилж чадсангүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="145"/>
        <source>{label} is on a read-only disk or not writable: opened read-only, nothing can be saved</source>
        <translation>{label} зөвхөн уншигдах диск дээр эсвэл бичих боломжгүй: зөвхөн уншихаар нээсэн, юу ч хадгалах боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="149"/>
        <source>The database {label} is read-only: nothing was saved. You can still look everything up.</source>
        <translation>{label} өгөгдлийн сан зөвхөн уншихаар нээгдсэн: юу ч хадгалагдаагүй. Мэдээллийг харах боломжтой хэвээр.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="153"/>
        <source>The database refused the change: {reason}. Nothing was saved.</source>
        <translation>Өгөгдлийн сан өөрчлөлтийг хүлээж аваагүй: {reason}. Юу ч хадгалагдаагүй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="155"/>
        <source>Unknown kind of database {scheme!r} in {value}: use a file path, sqlite:///FILE or postgresql+psycopg://…</source>
        <translation>{value} доторх өгөгдлийн сангийн төрөл «{scheme}» тодорхойгүй: файлын зам, sqlite:///ФАЙЛ эсвэл postgresql+psycopg://… ашиглана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="159"/>
        <source>A deal&apos;s amount cannot be negative</source>
        <translation>Хэлцлийн дүн сөрөг байж болохгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="160"/>
        <source>The deal&apos;s client no longer exists</source>
        <translation>Хэлцлийн харилцагч байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="161"/>
        <source>Write the comment first</source>
        <translation>Эхлээд тайлбараа бичнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="162"/>
        <source>The contact person works for another client</source>
        <translation>Холбогдох хүн өөр харилцагчид ажилладаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="164"/>
        <source>This deal no longer exists</source>
        <translation>Энэ хэлцэл байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="165"/>
        <source>No stage named {stage}</source>
        <translation>«{stage}» нэртэй үе шат алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="166"/>
        <source>Give the deal a title</source>
        <translation>Хэлцэлд гарчиг өгнө үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="167"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="377"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="730"/>
        <source>Choose csv, json or text, not {format}</source>
        <translation>{format} биш, csv, json эсвэл text сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="168"/>
        <source>The database {label} already has clients; create demo data in a new file</source>
        <translation>{label} өгөгдлийн санд харилцагчид аль хэдийн байна; демо өгөгдлийг шинэ файлд үүсгэнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="170"/>
        <source>Unknown demo scale {scale!r}; use small or large</source>
        <translation>Демо өгөгдлийн хэмжээ «{scale}» тодорхойгүй; small эсвэл large ашиглана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="172"/>
        <source>This document no longer exists</source>
        <translation>Энэ баримт байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="173"/>
        <source>No document numbered {number}</source>
        <translation>{number} дугаартай баримт алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="174"/>
        <source>{field}: right-to-left text ({chars}) cannot be printed correctly on documents yet</source>
        <translation>{field}: баруунаас зүүн тийш бичдэг текстийг ({chars}) баримтад одоогоор зөв хэвлэх боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="177"/>
        <source>{field}: the document font cannot print {chars}</source>
        <translation>{field}: баримтын фонт {chars} тэмдэгтийг хэвлэж чадахгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="179"/>
        <source>e-mail {value}</source>
        <translation>и-мэйл {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="180"/>
        <source>name {value}</source>
        <translation>нэр {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="181"/>
        <source>phone {value}</source>
        <translation>утас {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="182"/>
        <source>name {value} ({score}%)</source>
        <translation>нэр {value} ({score}%)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="183"/>
        <source>tax ID {value}</source>
        <translation>регистрийн дугаар {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="184"/>
        <source>A cancelled event cannot be completed</source>
        <translation>Цуцалсан үйл явдлыг дуусгах боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="186"/>
        <source>The contact person does not belong to this client</source>
        <translation>Холбогдох хүн энэ харилцагчид хамаарахгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="188"/>
        <source>This event no longer exists</source>
        <translation>Энэ үйл явдал байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="189"/>
        <source>The start time has no time zone</source>
        <translation>Эхлэх цагт цагийн бүс заагаагүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="190"/>
        <source>The duration cannot be negative</source>
        <translation>Үргэлжлэх хугацаа сөрөг байж болохгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="191"/>
        <source>Enter a subject</source>
        <translation>Сэдвээ оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="192"/>
        <source>Only a planned event can be rescheduled</source>
        <translation>Зөвхөн төлөвлөсөн үйл явдлын цагийг өөрчилж болно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="193"/>
        <source>The subject is longer than {max} characters</source>
        <translation>Сэдэв {max} тэмдэгтээс урт байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="195"/>
        <source>Name the file .{kind} for the {format} format, not {name}</source>
        <translation>{format} форматын файлыг {name} биш, .{kind} гэж нэрлэнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="197"/>
        <source>Choose a .csv or .xlsx file, not {name}</source>
        <translation>{name} биш, .csv эсвэл .xlsx файл сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="198"/>
        <source>A delimiter is one character (or tab), not {delimiter!r}</source>
        <translation>Тусгаарлагч нь нэг тэмдэгт (эсвэл таб) байна, «{delimiter}» биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="200"/>
        <source>Cannot tell how the columns of {name} are separated; choose the delimiter ({found})</source>
        <translation>{name} файлын баганууд юугаар тусгаарлагдсаныг тодорхойлж чадсангүй; тусгаарлагчийг сонгоно уу ({found})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="203"/>
        <source>{name} is empty</source>
        <translation>{name} хоосон байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="208"/>
        <source>{name} has more than {max} rows</source>
        <translation>{name} файлд {max} гаруй мөр байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="209"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} файлыг уншиж чадсангүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="210"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} файлыг бичиж чадсангүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="211"/>
        <source>{name} is not a readable XLSX workbook: its contents are damaged</source>
        <translation>{name} уншигдах XLSX ажлын ном биш: агуулга нь гэмтсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="213"/>
        <source>Enter the company name</source>
        <translation>Байгууллагын нэрийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="214"/>
        <source>Choose a currency</source>
        <translation>Валют сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="215"/>
        <source>Enter your name</source>
        <translation>Нэрээ оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="216"/>
        <source>Your role ({role}) may not do this: {permission}</source>
        <translation>Таны үүрэг ({role}) үүнийг хийх эрхгүй: {permission}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="217"/>
        <source>birthday not a date: {value!r}</source>
        <translation>төрсөн өдөр огноо биш: «{value}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="218"/>
        <source>The import was cancelled; nothing was imported</source>
        <translation>Импортыг цуцалсан; юу ч импортлоогүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="223"/>
        <source>created beside {name} ({match})</source>
        <translation>«{name}» харилцагчийн хажууд үүсгэсэн ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="253"/>
        <source>Choose a .csv, .xlsx or .vcf file, not {name}</source>
        <translation>{name} биш, .csv, .xlsx эсвэл .vcf файл сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="254"/>
        <source>no name</source>
        <translation>нэргүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="255"/>
        <source>Choose the column with the name</source>
        <translation>Нэртэй баганыг сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="256"/>
        <source>{name} has no vCards</source>
        <translation>{name} файлд vCard алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="260"/>
        <source>update of {name}: {reason}</source>
        <translation>«{name}» харилцагчийг шинэчлэх: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="261"/>
        <source>{problems} of {rows} rows have problems; nothing was imported</source>
        <translation>{rows} мөрөөс {problems} нь алдаатай; юу ч импортлоогүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="263"/>
        <source>skipped: duplicate of {name} ({match})</source>
        <translation>алгассан: «{name}» харилцагчийн давхардал ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="265"/>
        <source>skipped: repeats row of {name} in this file</source>
        <translation>алгассан: энэ файл дахь «{name}» мөрийг давтсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="267"/>
        <source>updated {name} ({match})</source>
        <translation>«{name}» харилцагчийг шинэчилсэн ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="204"/>
        <source>Cannot tell the text encoding of {name} (UTF-8, UTF-16, Windows-1251 and CP866 are read); save it as UTF-8 and import it again</source>
        <translation>{name} файлын текстийн кодчиллыг тодорхойлж чадсангүй (UTF-8, UTF-16, Windows-1251, CP866-г уншдаг); UTF-8 хэлбэрээр хадгалаад дахин импортлоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="221"/>
        <source>column {column!r} was not imported, but its values look like {what}</source>
        <translation>«{column}» баганыг импортлоогүй, гэхдээ түүний утгууд {what} шиг харагдаж байна</translation>
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
        <translation>хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="227"/>
        <source>city</source>
        <translation>хот</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="228"/>
        <source>contact person</source>
        <translation>холбогдох хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="229"/>
        <source>contact&apos;s birthday</source>
        <translation>холбогдох хүний төрсөн өдөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="230"/>
        <source>contact&apos;s e-mail</source>
        <translation>холбогдох хүний и-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="231"/>
        <source>contact&apos;s name</source>
        <translation>холбогдох хүний нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="232"/>
        <source>contact&apos;s phone</source>
        <translation>холбогдох хүний утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="233"/>
        <source>contact&apos;s position</source>
        <translation>холбогдох хүний албан тушаал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="234"/>
        <source>country</source>
        <translation>улс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="235"/>
        <source>currency</source>
        <translation>валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="236"/>
        <source>custom field</source>
        <translation>нэмэлт талбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="237"/>
        <source>e-mail</source>
        <translation>и-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="238"/>
        <source>field</source>
        <translation>талбар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="239"/>
        <source>full name</source>
        <translation>бүтэн нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="240"/>
        <source>language</source>
        <translation>хэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="241"/>
        <source>legal address</source>
        <translation>албан ёсны хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="242"/>
        <source>phone</source>
        <translation>утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="243"/>
        <source>region</source>
        <translation>бүс нутаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="244"/>
        <source>name</source>
        <translation>нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="245"/>
        <source>source</source>
        <translation>эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="246"/>
        <source>tag</source>
        <translation>шошго</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="247"/>
        <source>tax ID</source>
        <translation>регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="248"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="249"/>
        <source>website</source>
        <translation>вэбсайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="250"/>
        <source>e-mail addresses</source>
        <translation>и-мэйл хаягууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="251"/>
        <source>phone numbers</source>
        <translation>утасны дугаарууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="252"/>
        <source>tax IDs</source>
        <translation>регистрийн дугаарууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="257"/>
        <source>phone {phone} kept as typed: its number is possible but not known to be in use</source>
        <translation>{phone} утасны дугаарыг бичсэнээр нь хадгалсан: ийм дугаар байж болох ч ашиглагдаж буй эсэх нь тодорхойгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="268"/>
        <source>{name} is not a readable vCard file: {reason}</source>
        <translation>{name} уншигдах vCard файл биш: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="270"/>
        <source>A loss reason needs a name</source>
        <translation>Алдсан шалтгаанд нэр хэрэгтэй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="271"/>
        <source>Choose the reason the deal was lost</source>
        <translation>Хэлцлийг алдсан шалтгааныг сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="272"/>
        <source>This message cannot be cancelled</source>
        <translation>Энэ захидлыг цуцлах боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="273"/>
        <source>This message cannot be sent again</source>
        <translation>Энэ захидлыг дахин илгээх боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="274"/>
        <source>This draft has no recipient: open it in the mail client to finish it</source>
        <translation>Энэ ноорогт хүлээн авагч алга: дуусгахын тулд и-мэйл програмд нээнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="276"/>
        <source>There is no secure keychain on this computer (only {backend}, which would keep the password readable in a file), so the password was not stored. Enter it for this session only, or install a keychain service (GNOME Keyring or KWallet) and save it again</source>
        <translation>Энэ компьютерт найдвартай нууц үгийн сан алга (зөвхөн {backend} байгаа бөгөөд нууц үгийг файлд уншигдахуйц хадгална), тиймээс нууц үгийг хадгалаагүй. Зөвхөн энэ сессэд оруулах, эсвэл нууц үгийн сангийн үйлчилгээ (GNOME Keyring эсвэл KWallet) суулгаад дахин хадгална уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="282"/>
        <source>Interrupted while sending: it may have reached the server. Check before sending it again.</source>
        <translation>Илгээх үед тасалдсан: сервер хүрсэн байж магадгүй. Дахин илгээхээс өмнө шалгана уу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="286"/>
        <source>The system keychain refused the password: {reason}</source>
        <translation>Системийн нууц үгийн сан нууц үгийг хүлээж аваагүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="288"/>
        <source>The mail server refused the login: {answer}. Check the user and password in Settings → Mail server</source>
        <translation>Шуудангийн сервер нэвтрэлтийг татгалзсан: {answer}. Тохиргоо → Шуудангийн сервер хэсэгт хэрэглэгч, нууц үгээ шалгана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="292"/>
        <source>The connection was lost after the whole message was sent ({reason}): it may have reached the server. Check before sending it again.</source>
        <translation>Захидлыг бүтнээр нь илгээсний дараа холболт тасарсан ({reason}): сервер хүрсэн байж магадгүй. Дахин илгээхээс өмнө шалгана уу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="296"/>
        <source>This message no longer exists</source>
        <translation>Энэ захидал байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="297"/>
        <source>The mail server {server} does not offer a login (AUTH) here: check the port and security in Settings → Mail server, or leave the user empty</source>
        <translation>{server} шуудангийн сервер энд нэвтрэлт (AUTH) санал болгодоггүй: Тохиргоо → Шуудангийн сервер хэсэгт порт, хамгаалалтаа шалгах эсвэл хэрэглэгчийг хоосон үлдээнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="301"/>
        <source>Enter the SMTP server</source>
        <translation>SMTP серверээ оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="302"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="490"/>
        <source>The system keychain is not available: {reason}</source>
        <translation>Системийн нууц үгийн сан ашиглах боломжгүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="304"/>
        <source>No password for the mail server {server}: enter it in Settings → Mail server</source>
        <translation>{server} шуудангийн серверийн нууц үг алга: Тохиргоо → Шуудангийн сервер хэсэгт оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="307"/>
        <source>Enter the recipient&apos;s e-mail address</source>
        <translation>Хүлээн авагчийн и-мэйл хаягийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="308"/>
        <source>Enter the sender&apos;s e-mail address</source>
        <translation>Илгээгчийн и-мэйл хаягийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="309"/>
        <source>Set up the mail server first: Settings → Mail server</source>
        <translation>Эхлээд шуудангийн серверээ тохируулна уу: Тохиргоо → Шуудангийн сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="311"/>
        <source>This message is no longer a draft (sent, cancelled or removed)</source>
        <translation>Энэ захидал ноорог байхаа больсон (илгээсэн, цуцалсан эсвэл устгасан)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="313"/>
        <source>The mail server {server} does not offer STARTTLS: choose SSL/TLS or another port in Settings → Mail server</source>
        <translation>{server} шуудангийн сервер STARTTLS дэмждэггүй: Тохиргоо → Шуудангийн сервер хэсэгт SSL/TLS эсвэл өөр порт сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="317"/>
        <source>The port must be from 1 to 65535</source>
        <translation>Порт 1-ээс 65535 хооронд байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="318"/>
        <source>Choose SSL/TLS, STARTTLS or none</source>
        <translation>SSL/TLS, STARTTLS эсвэл шифрлэлтгүйг сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="319"/>
        <source>No secure connection to the mail server {server} ({reason}): check the port and security in Settings → Mail server</source>
        <translation>{server} шуудангийн сервертэй хамгаалалттай холболт алга ({reason}): Тохиргоо → Шуудангийн сервер хэсэгт порт, хамгаалалтаа шалгана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="323"/>
        <source>Cannot reach the mail server: {reason}</source>
        <translation>Шуудангийн серверт холбогдож чадсангүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="324"/>
        <source>The certificate of the mail server {server} is not trusted ({reason}): check the server&apos;s name and security in Settings → Mail server</source>
        <translation>{server} шуудангийн серверийн гэрчилгээ итгэмжлэгдээгүй ({reason}): Тохиргоо → Шуудангийн сервер хэсэгт серверийн нэр, хамгаалалтаа шалгана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="328"/>
        <source>The user name or password has characters beyond Latin letters, and the mail server offers no login that can carry them (it offers: {methods}): use a password of Latin letters, digits and signs, or ask the mail administrator to enable PLAIN or LOGIN</source>
        <translation>Хэрэглэгчийн нэр эсвэл нууц үгэнд латин бус тэмдэгт байгаа ба шуудангийн сервер тэдгээрийг дамжуулах нэвтрэлт санал болгодоггүй (санал болгож буй нь: {methods}): латин үсэг, цифр, тэмдэгтээс бүрдсэн нууц үг ашиглах, эсвэл шуудангийн админаас PLAIN эсвэл LOGIN-г идэвхжүүлэхийг хүснэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="333"/>
        <source>One of the clients no longer exists</source>
        <translation>Харилцагчдын нэг нь байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="334"/>
        <source>Choose two different clients to merge</source>
        <translation>Нэгтгэх хоёр өөр харилцагчийг сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="335"/>
        <source>Unknown fields: {fields}</source>
        <translation>Үл мэдэгдэх талбарууд: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="336"/>
        <source>To enter {stage}, fill in first: {fields}</source>
        <translation>«{stage}» үе шат руу шилжихийн тулд эхлээд бөглөнө үү: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="337"/>
        <source>{pipeline} is a strict pipeline: a deal in {from_stage} may go only to {allowed}, not to {to_stage}</source>
        <translation>«{pipeline}» бол хатуу юүлүүр: «{from_stage}» үе шатанд буй хэлцэл зөвхөн {allowed} руу шилжинэ, «{to_stage}» руу биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="341"/>
        <source>Nobody is signed in: nothing was saved</source>
        <translation>Хэн ч нэвтрээгүй: юу ч хадгалагдаагүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="342"/>
        <source>The pipeline {pipeline} has no open stage</source>
        <translation>«{pipeline}» юүлүүрт нээлттэй үе шат алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="343"/>
        <source>There is no pipeline yet: the head of sales makes one in the stage editor</source>
        <translation>Юүлүүр хараахан алга: борлуулалтын албаны дарга үе шатны засварлагчид үүсгэнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="345"/>
        <source>The deal belongs to {owner}: only the head of sales may change another salesperson&apos;s deal</source>
        <translation>Хэлцлийг {owner} хариуцдаг: өөр борлуулагчийн хэлцлийг зөвхөн борлуулалтын албаны дарга өөрчилнө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="349"/>
        <source>Not a number: {text}</source>
        <translation>Тоо биш: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="350"/>
        <source>Only the head of sales may give a deal to another salesperson</source>
        <translation>Хэлцлийг өөр борлуулагчид зөвхөн борлуулалтын албаны дарга шилжүүлнэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="352"/>
        <source>Order {number} was already made from it</source>
        <translation>Үүнээс {number} захиалга аль хэдийн үүссэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="353"/>
        <source>An order in status {status} cannot be shipped</source>
        <translation>{status} төлөвтэй захиалгыг ачих боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="355"/>
        <source>The order is {status}: its status cannot change</source>
        <translation>Захиалга {status} төлөвтэй: төлөв нь өөрчлөгдөхгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="356"/>
        <source>Only a won deal becomes an order</source>
        <translation>Зөвхөн ялсан хэлцлээс захиалга үүснэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="357"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="410"/>
        <source>{line}: the discount must be from 0 to 99.99 %</source>
        <translation>{line}: хөнгөлөлт 0-ээс 99.99 % хооронд байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="359"/>
        <source>{line}: the price cannot be negative</source>
        <translation>{line}: үнэ сөрөг байж болохгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="360"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="421"/>
        <source>{line}: the quantity must be above zero</source>
        <translation>{line}: тоо хэмжээ тэгээс их байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="361"/>
        <source>The order is {status}: its lines can no longer change</source>
        <translation>Захиалга {status} төлөвтэй: мөрүүдийг нь өөрчлөх боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="363"/>
        <source>The client has no e-mail address: the status was not sent</source>
        <translation>Харилцагчид и-мэйл хаяг алга: төлвийг илгээгээгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="365"/>
        <source>Add at least one line to the order</source>
        <translation>Захиалгад дор хаяж нэг мөр нэмнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="366"/>
        <source>Only an issued invoice becomes an order</source>
        <translation>Зөвхөн гаргасан нэхэмжлэхээс захиалга үүснэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="367"/>
        <source>This order no longer exists</source>
        <translation>Энэ захиалга байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="368"/>
        <source>The order belongs to {owner}: only the head of sales may change another salesperson&apos;s order</source>
        <translation>Захиалгыг {owner} хариуцдаг: өөр борлуулагчийн захиалгыг зөвхөн борлуулалтын албаны дарга өөрчилнө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="372"/>
        <source>Enter a quantity to ship</source>
        <translation>Ачих тоо хэмжээг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="373"/>
        <source>{line}: more than ordered would be shipped ({quantity})</source>
        <translation>{line}: захиалснаас илүүг ачих гэж байна ({quantity})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="375"/>
        <source>An order in status {from_status} cannot become {to_status}</source>
        <translation>{from_status} төлөвтэй захиалгыг {to_status} болгох боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="378"/>
        <source>Only {left} {currency} is outstanding on {number}</source>
        <translation>{number} нэхэмжлэхэд зөвхөн {left} {currency} төлөгдөөгүй үлдсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="380"/>
        <source>The amount must be above zero</source>
        <translation>Дүн тэгээс их байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="381"/>
        <source>This invoice no longer exists</source>
        <translation>Энэ нэхэмжлэх байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="382"/>
        <source>Invoice {number} is {status}: nothing to pay</source>
        <translation>{number} нэхэмжлэх {status} төлөвтэй: төлөх зүйл алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="384"/>
        <source>The phone number is empty</source>
        <translation>Утасны дугаар хоосон байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="385"/>
        <source>Not a valid phone number: {raw}</source>
        <translation>Утасны дугаар буруу: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="386"/>
        <source>Not a phone number: {raw}</source>
        <translation>Утасны дугаар биш: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="387"/>
        <source>Give the pipeline a name</source>
        <translation>Юүлүүрт нэр өгнө үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="388"/>
        <source>A pipeline needs at least one open stage, one won and one lost stage</source>
        <translation>Юүлүүрт дор хаяж нэг нээлттэй, нэг ялсан, нэг алдсан үе шат хэрэгтэй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="390"/>
        <source>No pipeline {pipeline}</source>
        <translation>«{pipeline}» юүлүүр алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="391"/>
        <source>minimum {minimum} above price {price}</source>
        <translation>доод үнэ ({minimum}) үнээс ({price}) өндөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="393"/>
        <source>not a valid amount: {text!r}</source>
        <translation>дүн буруу: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="394"/>
        <source>Choose the column with the product code</source>
        <translation>Барааны кодтой баганыг сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="396"/>
        <source>no warehouse for the stock</source>
        <translation>үлдэгдлийн агуулах заагаагүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="397"/>
        <source>not a number: {text!r}</source>
        <translation>тоо биш: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="398"/>
        <source>No warehouse named {name!r}</source>
        <translation>«{name}» нэртэй агуулах алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="400"/>
        <source>unknown product code {code!r}</source>
        <translation>барааны код «{code}» тодорхойгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="401"/>
        <source>unknown warehouse {name!r}</source>
        <translation>агуулах «{name}» тодорхойгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="402"/>
        <source>A probability is from 0 to 100 %</source>
        <translation>Магадлал 0-ээс 100 % хооронд байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="403"/>
        <source>The stage {stage} allows a next stage {next} the pipeline lacks</source>
        <translation>{stage} үе шат юүлүүрт байхгүй дараагийн {next} үе шатыг зөвшөөрч байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="405"/>
        <source>{line}: the price is below the minimum {minimum} {currency}. Ask the head of sales to approve it.</source>
        <translation>{line}: үнэ доод үнээс ({minimum} {currency}) бага байна. Борлуулалтын албаны даргаас зөвшөөрөл хүснэ үү.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="409"/>
        <source>The discount must be from 0 to 99.99 %</source>
        <translation>Хөнгөлөлт 0-ээс 99.99 % хооронд байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="412"/>
        <source>A price cannot be negative</source>
        <translation>Үнэ сөрөг байж болохгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="413"/>
        <source>Add at least one product</source>
        <translation>Дор хаяж нэг бараа нэмнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="414"/>
        <source>Set the exchange rate of {currency} to {base} in Settings → Company → Exchange rates before quoting this client</source>
        <translation>Энэ харилцагчид үнийн санал гаргахаас өмнө Тохиргоо → Байгууллага → Валютын ханш хэсэгт {currency} / {base} ханшийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="418"/>
        <source>Give the reason for the prices below the minimum</source>
        <translation>Доод үнээс бага үнийн шалтгааныг бичнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="420"/>
        <source>Payment days must be from 0 to 365</source>
        <translation>Төлбөрийн хоног 0-ээс 365 хооронд байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="422"/>
        <source>{code} is not a currency code (three capital letters, such as USD)</source>
        <translation>{code} нь валютын код биш (латин гурван том үсэг, жишээ нь USD)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="424"/>
        <source>{code} is listed twice</source>
        <translation>{code} валют хоёр удаа орсон байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="425"/>
        <source>Enter the rate of {code}</source>
        <translation>{code} ханшийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="426"/>
        <source>{code} is the company&apos;s own currency: it needs no exchange rate</source>
        <translation>{code} нь байгууллагын үндсэн валют тул ханш шаардлагагүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="428"/>
        <source>The rate of {code} may have at most 6 decimal places</source>
        <translation>{code} ханш таслалаас хойш хамгийн ихдээ 6 оронтой байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="430"/>
        <source>The rate of {code} must be above 0 and below 1,000,000,000</source>
        <translation>{code} ханш 0-ээс их, 1 000 000 000-аас бага байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="432"/>
        <source>Restore from {path} failed: {reason}; the previous content is in {safety}</source>
        <translation>{path} нөөцөөс сэргээж чадсангүй: {reason}; өмнөх агуулга: {safety}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="434"/>
        <source>{path} is not a usable backup: {reason}</source>
        <translation>{path} ашиглах боломжтой нөөц хуулбар биш: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="435"/>
        <source>{path} is not a usable CRM Desktop backup ({verdict})</source>
        <translation>{path} ашиглах боломжтой CRM Desktop нөөц хуулбар биш ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="437"/>
        <source>Restore from the program is for SQLite files; use pg_restore for a PostgreSQL server</source>
        <translation>Програмаас сэргээх нь зөвхөн SQLite файлд зориулагдсан; PostgreSQL серверт pg_restore ашиглана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="441"/>
        <source>No custom field {key!r}</source>
        <translation>«{key}» нэмэлт талбар алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="442"/>
        <source>Give the segment a name</source>
        <translation>Сегментэд нэр өгнө үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="443"/>
        <source>Give the template a name</source>
        <translation>Загварт нэр өгнө үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="444"/>
        <source>Write the subject of the letter</source>
        <translation>Захидлын сэдвийг бичнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="445"/>
        <source>No campaign template {name}</source>
        <translation>«{name}» кампанит ажлын загвар алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="446"/>
        <source>Name a client or an e-mail address</source>
        <translation>Харилцагч эсвэл и-мэйл хаяг заана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="447"/>
        <source>{address} is not an e-mail address</source>
        <translation>{address} нь и-мэйл хаяг биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="449"/>
        <source>No segment {name}</source>
        <translation>«{name}» сегмент алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="450"/>
        <source>Nobody in {segment} would get the letter ({total} clients: opted out, bad or no address)</source>
        <translation>{segment} сегментээс хэн ч захидал авахгүй ({total} харилцагч: татгалзсан, хаяг буруу эсвэл байхгүй)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="453"/>
        <source>The rate must be from 1 to {maximum} messages a minute</source>
        <translation>Хурд минутад 1-ээс {maximum} захидал байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="455"/>
        <source>This campaign no longer exists</source>
        <translation>Энэ кампанит ажил байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="456"/>
        <source>This client is not in the campaign&apos;s segment</source>
        <translation>Энэ харилцагч кампанит ажлын сегментэд ороогүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="458"/>
        <source>Enter the address the test letter goes to</source>
        <translation>Туршилтын захидал илгээх хаягийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="460"/>
        <source>The stage {stage} still holds {count} deals: move them first</source>
        <translation>«{stage}» үе шатанд {count} хэлцэл байсаар байна: эхлээд тэдгээрийг шилжүүлнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="462"/>
        <source>Every stage needs a name</source>
        <translation>Үе шат бүр нэртэй байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="463"/>
        <source>The pipeline {pipeline} has no stage {stage}</source>
        <translation>«{pipeline}» юүлүүрт «{stage}» үе шат алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="465"/>
        <source>The account {login} is disabled: ask the administrator</source>
        <translation>{login} бүртгэл идэвхгүй болсон: админд хандана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="467"/>
        <source>Not a server address (HOST:PORT): {address}</source>
        <translation>Серверийн хаяг биш (HOST:PORT): {address}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="468"/>
        <source>--listen takes HOST:PORT, not {value}</source>
        <translation>--listen нь {value} биш, HOST:PORT авна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="469"/>
        <source>A login is 2 to 64 small Latin letters, digits, dots, dashes or underscores, not {login!r}</source>
        <translation>Нэвтрэх нэр нь 2-64 жижиг латин үсэг, цифр, цэг, зураас эсвэл доогуур зураас байна, «{login}» биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="473"/>
        <source>The request is not understood: {reason}</source>
        <translation>Хүсэлтийг ойлгосонгүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="474"/>
        <source>Keep the change history from 0 (forever) to 36500 days</source>
        <translation>Өөрчлөлтийн түүхийг 0 (үүрд)-ээс 36500 хоног хүртэл хадгална</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="476"/>
        <source>{field}: {value!r} is not a valid value</source>
        <translation>{field}: «{value}» зөвшөөрөгдөх утга биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="477"/>
        <source>The team server&apos;s certificate has changed: it is now {fingerprint}, not the {pinned} you accepted. Nothing was sent. If nobody replaced it on the server, someone may be intercepting the connection.</source>
        <translation>Багийн серверийн гэрчилгээ өөрчлөгдсөн: одоо {fingerprint} болсон, таны зөвшөөрсөн {pinned} биш. Юу ч илгээгээгүй. Хэрэв сервер дээр хэн ч үүнийг солиогүй бол холболтыг хэн нэгэн таслан авч байж магадгүй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="482"/>
        <source>The certificate {path} cannot be used: {reason}</source>
        <translation>{path} гэрчилгээг ашиглах боломжгүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="484"/>
        <source>{login} is not a head of sales</source>
        <translation>{login} борлуулалтын албаны дарга биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="485"/>
        <source>The login {login} is taken</source>
        <translation>{login} нэвтрэх нэр аль хэдийн бүртгэлтэй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="486"/>
        <source>The team server needs a PostgreSQL database (--db postgresql+psycopg://…), not {database}</source>
        <translation>Багийн серверт {database} биш, PostgreSQL өгөгдлийн сан хэрэгтэй (--db postgresql+psycopg://…)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="492"/>
        <source>Enter the person&apos;s name</source>
        <translation>Хүний нэрийг оруулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="493"/>
        <source>No password given (type it, or pipe it on standard input)</source>
        <translation>Нууц үг өгөөгүй (бичих эсвэл стандарт оролтоор дамжуулна уу)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="495"/>
        <source>No team {name}</source>
        <translation>«{name}» баг алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="496"/>
        <source>No user {login}</source>
        <translation>{login} хэрэглэгч алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="497"/>
        <source>Give the team a name</source>
        <translation>Багт нэр өгнө үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="498"/>
        <source>Sign in to the team server first</source>
        <translation>Эхлээд багийн серверт нэвтэрнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="499"/>
        <source>No such client among those you may see</source>
        <translation>Таны харах эрхтэй харилцагчдын дунд ийм харилцагч алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="500"/>
        <source>Not signed in to a team server</source>
        <translation>Багийн серверт нэвтрээгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="501"/>
        <source>You cannot disable your own account or take away your own administration</source>
        <translation>Өөрийн бүртгэлийг идэвхгүй болгох, эсвэл өөрийн админ эрхийг хасах боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="503"/>
        <source>The password must have at least {minimum} characters</source>
        <translation>Нууц үг дор хаяж {minimum} тэмдэгттэй байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="505"/>
        <source>The two passwords differ</source>
        <translation>Хоёр нууц үг өөр байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="506"/>
        <source>The server&apos;s database role {role} {why}: row-level security would not apply to it. Let the server log in as a role that is only a member of crm_app (README: Team server)</source>
        <translation>Серверийн өгөгдлийн сангийн {role} үүрэг {why}: мөрийн түвшний хамгаалалт (RLS) үүнд үйлчлэхгүй. Сервер зөвхөн crm_app-ын гишүүн үүргээр нэвтэрдэг болгоно уу (README: Team server)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="511"/>
        <source>The database is at revision {revision}, the server needs {head}: run `crm-desktop db upgrade --db …` as the database owner</source>
        <translation>Өгөгдлийн сан {revision} хувилбарт байна, серверт {head} хэрэгтэй: өгөгдлийн сангийн эзний эрхээр `crm-desktop db upgrade --db …` ажиллуулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="515"/>
        <source>The team server failed: {reason}</source>
        <translation>Багийн серверт алдаа гарлаа: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="516"/>
        <source>Share with one person or one team</source>
        <translation>Нэг хүн эсвэл нэг багтай хуваалцана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="517"/>
        <source>Too many wrong passwords: try again in {seconds} seconds</source>
        <translation>Хэт олон удаа нууц үг буруу оруулсан: {seconds} секундын дараа дахин оролдоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="519"/>
        <source>Give both --tls-cert and --tls-key, or neither</source>
        <translation>--tls-cert ба --tls-key хоёуланг нь өгөх, эсвэл аль алийг нь өгөхгүй байна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="520"/>
        <source>Your sign-in has expired: sign in again</source>
        <translation>Таны нэвтрэлтийн хугацаа дууссан: дахин нэвтэрнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="521"/>
        <source>You were signed out (here, on another desktop or by the administrator): sign in again</source>
        <translation>Таныг системээс гаргасан (энд, өөр компьютер дээр эсвэл админ): дахин нэвтэрнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="525"/>
        <source>The team server answered something unexpected ({status})</source>
        <translation>Багийн сервер гэнэтийн хариу өглөө ({status})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="527"/>
        <source>A client has no field {field}</source>
        <translation>Харилцагчид {field} талбар алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="528"/>
        <source>The team server {address} does not answer ({reason}). You keep working on this computer.</source>
        <translation>{address} багийн сервер хариу өгөхгүй байна ({reason}). Та энэ компьютер дээр үргэлжлүүлэн ажиллана.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="532"/>
        <source>Wrong login or password</source>
        <translation>Нэвтрэх нэр эсвэл нууц үг буруу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="533"/>
        <source>This program (database version {revision}) is older than the team server&apos;s ({server}). Update the program to sync; your unsent changes wait on this computer.</source>
        <translation>Энэ програм (өгөгдлийн сангийн хувилбар {revision}) багийн серверийнхээс ({server}) хуучин байна. Синхрончлохын тулд програмаа шинэчилнэ үү; илгээгээгүй өөрчлөлтүүд тань энэ компьютер дээр хүлээж байна.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="538"/>
        <source>The team server cannot read a sync batch: {reason}</source>
        <translation>Багийн сервер синхрончлолын багцыг уншиж чадахгүй байна: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="540"/>
        <source>This copy is not connected to a team server: run crm-desktop connect URL --user LOGIN</source>
        <translation>Энэ хуулбар багийн серверт холбогдоогүй: crm-desktop connect URL --user LOGIN ажиллуулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="544"/>
        <source>Signed out of the team server {address}: run crm-desktop connect again</source>
        <translation>{address} багийн серверээс гарсан: crm-desktop connect командыг дахин ажиллуулна уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="546"/>
        <source>This conflict is no longer in the inbox</source>
        <translation>Энэ зөрчил ирсэн хайрцагт байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="548"/>
        <source>The value of {field} cannot be taken back here ({kind}): the record changed for a reason the server keeps</source>
        <translation>«{field}» талбарын утгыг энд буцааж авах боломжгүй ({kind}): бичлэг серверт хадгалагдсан шалтгаанаар өөрчлөгдсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="552"/>
        <source>The server&apos;s certificate is {fingerprint}, not the {expected} you gave. Nothing was sent.</source>
        <translation>Серверийн гэрчилгээ {fingerprint} байна, таны өгсөн {expected} биш. Юу ч илгээгээгүй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="556"/>
        <source>This claim no longer exists</source>
        <translation>Энэ гомдол байхгүй болсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="557"/>
        <source>The claim is handled by {owner}: only the head of sales may change another person&apos;s claim</source>
        <translation>Гомдлыг {owner} хариуцдаг: бусдын гомдлыг зөвхөн борлуулалтын албаны дарга өөрчилнө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="560"/>
        <source>Describe the essence of the claim</source>
        <translation>Гомдлын мөн чанарыг бичнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="561"/>
        <source>The contact person does not belong to the claimant</source>
        <translation>Холбогдох хүн гомдол гаргагчид хамаарахгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="563"/>
        <source>Order {number} is another client&apos;s</source>
        <translation>{number} захиалга өөр харилцагчийнх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="564"/>
        <source>Invoice {number} is another client&apos;s</source>
        <translation>{number} нэхэмжлэх өөр харилцагчийнх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="566"/>
        <source>This reason is not in the list</source>
        <translation>Энэ шалтгаан жагсаалтад алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="567"/>
        <source>This result is not in the list</source>
        <translation>Энэ үр дүн жагсаалтад алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="568"/>
        <source>This employee is not an active user</source>
        <translation>Энэ ажилтан идэвхтэй хэрэглэгч биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="569"/>
        <source>You may see the figures of {allowed} only, not of the people chosen</source>
        <translation>Та зөвхөн {allowed}-ийн үзүүлэлтийг харах эрхтэй, сонгосон хүмүүсийнхийг биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="571"/>
        <source>The period ends ({end}) before it starts ({start})</source>
        <translation>Хугацааны төгсгөл ({end}) эхлэлээсээ ({start}) өмнө байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="573"/>
        <source>No report {name}; the reports are {names}</source>
        <translation>«{name}» тайлан алга; тайлангууд: {names}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="574"/>
        <source>Sales cannot be grouped by {group}; use one of {groups}</source>
        <translation>Борлуулалтыг «{group}»-ээр бүлэглэх боломжгүй; эдгээрийн нэгийг ашиглана уу: {groups}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="576"/>
        <source>A plan cannot be negative: {amount}</source>
        <translation>Төлөвлөгөө сөрөг байж болохгүй: {amount}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="577"/>
        <source>No such person: {manager}</source>
        <translation>Ийм менежер алга: {manager}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="578"/>
        <source>No export format {format}; use one of {formats}</source>
        <translation>«{format}» экспортын формат алга; эдгээрийн нэгийг ашиглана уу: {formats}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="580"/>
        <source>{option} {value}: not a date; write it as YYYY-MM-DD</source>
        <translation>{option} {value}: огноо биш; ЖЖЖЖ-СС-ӨӨ хэлбэрээр бичнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="582"/>
        <source>No person with the login {login}</source>
        <translation>{login} нэвтрэх нэртэй хүн алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="585"/>
        <source>Sales funnel: {pipeline}</source>
        <translation>Борлуулалтын юүлүүр: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="586"/>
        <source>Sales</source>
        <translation>Борлуулалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="587"/>
        <source>Manager benchmark</source>
        <translation>Менежерүүдийн харьцуулалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="588"/>
        <source>Won and lost</source>
        <translation>Ялсан ба алдсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="589"/>
        <source>Lead sources</source>
        <translation>Лийдийн эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="590"/>
        <source>Claims</source>
        <translation>Гомдлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="591"/>
        <source>Overdue work</source>
        <translation>Хугацаа хэтэрсэн ажил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="592"/>
        <source>Reactivation candidates</source>
        <translation>Дахин идэвхжүүлэх харилцагчид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="593"/>
        <source>Won and lost by manager</source>
        <translation>Ялсан ба алдсан, менежерээр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="594"/>
        <source>Leads and won deals by source</source>
        <translation>Лийд ба ялсан хэлцэл, эх сурвалжаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="595"/>
        <source>Sales, {currency}</source>
        <translation>Борлуулалт, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="596"/>
        <source>Revenue against last year, {currency}</source>
        <translation>Орлого, өнгөрсөн жилтэй харьцуулсан, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="597"/>
        <source>Claims by month</source>
        <translation>Гомдол, сараар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="598"/>
        <source>Overdue work by responsible</source>
        <translation>Хугацаа хэтэрсэн ажил, хариуцагчаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="599"/>
        <source>Past revenue of the clients to win back, {currency}</source>
        <translation>Эргүүлэн татах харилцагчдын өмнөх орлого, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="602"/>
        <source>Open deals by stage: {pipeline}</source>
        <translation>Нээлттэй хэлцэл, үе шатаар; юүлүүр: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="603"/>
        <source>Entered</source>
        <translation>Орсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="604"/>
        <source>Won</source>
        <translation>Ялсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="605"/>
        <source>Lost</source>
        <translation>Алдсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="606"/>
        <source>Leads</source>
        <translation>Лийд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="607"/>
        <source>Revenue</source>
        <translation>Орлого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="608"/>
        <source>Plan</source>
        <translation>Төлөвлөгөө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="609"/>
        <source>Last year</source>
        <translation>Өнгөрсөн жил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="610"/>
        <source>Registered</source>
        <translation>Бүртгэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="611"/>
        <source>Resolved</source>
        <translation>Шийдвэрлэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="612"/>
        <source>Open</source>
        <translation>Нээлттэй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="613"/>
        <source>Events</source>
        <translation>Үйл явдлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="614"/>
        <source>Orders</source>
        <translation>Захиалгууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="615"/>
        <source>Claim tasks</source>
        <translation>Гомдлын даалгавар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="616"/>
        <source>Past revenue</source>
        <translation>Өмнөх орлого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="617"/>
        <source>Open deals</source>
        <translation>Нээлттэй хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="618"/>
        <source>Amount, {currency}</source>
        <translation>Дүн, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="619"/>
        <source>Count</source>
        <translation>Тоо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="620"/>
        <source>Percent</source>
        <translation>Хувь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="621"/>
        <source>A sale is an invoice paid in full, in the client&apos;s currency.</source>
        <translation>Борлуулалт гэдэг нь харилцагчийн валютаар бүрэн төлөгдсөн нэхэмжлэх юм.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="624"/>
        <source>Total sales divided by the number of sales (invoices paid in full); a dash while there is none.</source>
        <translation>Нийт борлуулалтыг борлуулалтын тоонд хуваасан дүн (бүрэн төлөгдсөн нэхэмжлэх); борлуулалт байхгүй бол зураас.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="628"/>
        <source>An order neither delivered nor cancelled whose due date has passed.</source>
        <translation>Хүргэгдээгүй, цуцлагдаагүй бөгөөд эцсийн огноо нь өнгөрсөн захиалга.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="631"/>
        <source>{term}: {definition}</source>
        <translation>{term}: {definition}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="632"/>
        <source>Average check</source>
        <translation>Дундаж чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="633"/>
        <source>Overdue order</source>
        <translation>Хэтэрсэн захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="634"/>
        <source>A deal enters a stage when the stage history has a move into it (counted once per deal and stage, by the moment of the move).</source>
        <translation>Үе шатны түүхэнд тухайн үе шат руу шилжилт бүртгэгдсэн үед хэлцэл тэр үе шатанд орсонд тооцно (хэлцэл, үе шат тус бүрд нэг удаа, шилжсэн мөчөөр).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="638"/>
        <source>Conversion = deals that entered the next stage / deals that entered this one.</source>
        <translation>Шилжилт = дараагийн үе шатанд орсон хэлцэл / энэ үе шатанд орсон хэлцэл.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="641"/>
        <source>Time in stage: the median of the times recorded when deals left the stage in the period.</source>
        <translation>Үе шатанд өнгөрсөн хугацаа: тухайн хугацаанд хэлцлүүд үе шатаас гарахад бүртгэгдсэн хугацааны медиан.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="645"/>
        <source>Lost at: the stage a deal left for a lost stage.</source>
        <translation>Алдсан үе шат: хэлцэл алдсан үе шат руу шилжихийн өмнөх үе шат.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="648"/>
        <source>Won and lost: deals closed in the period in a won or lost stage; amounts of the deals in {currency} only.</source>
        <translation>Ялсан ба алдсан: тухайн хугацаанд ялсан эсвэл алдсан үе шатанд хаагдсан хэлцэл; дүнд зөвхөн {currency} валюттай хэлцлийг тооцно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="652"/>
        <source>Win rate = won / (won + lost) deals closed in the period.</source>
        <translation>Ялалтын хувь = ялсан / (ялсан + алдсан), тухайн хугацаанд хаагдсан хэлцлээр.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="655"/>
        <source>A lead: a deal opened in the period; conversion to won = how many of them are won by now.</source>
        <translation>Лийд: тухайн хугацаанд нээсэн хэлцэл; ялалт руу шилжилт = тэдгээрийн хэд нь одоогоор ялсан.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="659"/>
        <source>Revenue: the sales issued in the period whose deal came from the source, in {currency}.</source>
        <translation>Орлого: тухайн хугацаанд гаргасан, хэлцэл нь энэ эх сурвалжаас ирсэн борлуулалт, {currency} валютаар.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="663"/>
        <source>Sales in {currency} count, in the period by their issue date.</source>
        <translation>{currency} валютаар гаргасан борлуулалтыг гаргасан огноогоор нь тухайн хугацаанд тооцно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="666"/>
        <source>Revenue: the sum of the sales&apos; totals (by product or category: of their lines).</source>
        <translation>Орлого: борлуулалтуудын нийт дүнгийн нийлбэр (бараа эсвэл ангиллаар бол: тэдгээрийн мөрүүдийн).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="669"/>
        <source>Plan: the amounts set per manager and month in {currency}, for the months the period touches; plan done = revenue of the managers with a plan / plan.</source>
        <translation>Төлөвлөгөө: менежер, сар тус бүрээр {currency} валютаар тогтоосон дүн, хугацаанд хамаарах саруудаар; төлөвлөгөөний биелэлт = төлөвлөгөөтэй менежерүүдийн орлого / төлөвлөгөө.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="673"/>
        <source>Deals opened: created in the period; won: closed won in the period.</source>
        <translation>Нээсэн хэлцэл: тухайн хугацаанд үүсгэсэн; ялсан: тухайн хугацаанд ялалтаар хаагдсан.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="676"/>
        <source>Last year: the same days one year earlier; change = (now - last year) / last year.</source>
        <translation>Өнгөрсөн жил: нэг жилийн өмнөх ижил өдрүүд; өөрчлөлт = (одоо - өнгөрсөн жил) / өнгөрсөн жил.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="680"/>
        <source>Calls, meetings, e-mails: done events starting in the period; overdue events: starting in the period, still planned and past their due time.</source>
        <translation>Дуудлага, уулзалт, и-мэйл: тухайн хугацаанд эхэлсэн, гүйцэтгэсэн үйл явдал; хэтэрсэн үйл явдал: тухайн хугацаанд эхэлсэн, төлөвлөгдсөн хэвээр, эцсийн хугацаа нь өнгөрсөн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="684"/>
        <source>By month: claims registered and resolved in the month (UTC); open = registered by the month&apos;s end and neither resolved nor rejected by then.</source>
        <translation>Сараар: тухайн сард бүртгэсэн ба шийдвэрлэсэн гомдол (UTC); нээлттэй = сарын эцэс гэхэд бүртгэгдсэн бөгөөд тэр үед шийдвэрлэгдээгүй, татгалзагдаагүй.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="688"/>
        <source>By reason and department: claims dated in the period; share of all of them.</source>
        <translation>Шалтгаан ба хэлтсээр: тухайн хугацааны огноотой гомдол; нийтэд эзлэх хувь.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="691"/>
        <source>Satisfied = claims resolved or rejected rated 4 or 5 of 5 / those rated.</source>
        <translation>Сэтгэл ханамжтай = шийдвэрлэсэн эсвэл татгалзсан, 5-аас 4 эсвэл 5 үнэлгээтэй гомдол / үнэлгээтэй гомдол.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="694"/>
        <source>Department: the one at fault, else the reason&apos;s.</source>
        <translation>Хэлтэс: буруутай хэлтэс, эс бөгөөс шалтгааны хэлтэс.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="697"/>
        <source>Most claims: {month} ({count}).</source>
        <translation>Хамгийн олон гомдол: {month} ({count}).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="698"/>
        <source>Overdue event: still planned and its due time has passed (claim tasks counted apart).</source>
        <translation>Хэтэрсэн үйл явдал: төлөвлөгдсөн хэвээр, эцсийн хугацаа нь өнгөрсөн (гомдлын даалгаврыг тусад нь тоолно).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="702"/>
        <source>Overdue claim task: a task of a claim&apos;s plan, still planned, past its due time.</source>
        <translation>Хэтэрсэн гомдлын даалгавар: гомдлын төлөвлөгөөний даалгавар, төлөвлөгдсөн хэвээр, эцсийн хугацаа нь өнгөрсөн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="705"/>
        <source>A candidate: a client whose last sale (invoice paid in full, in {currency}) was issued more than {days} days ago; past revenue = all their sales.</source>
        <translation>Дахин идэвхжүүлэх харилцагч: сүүлийн борлуулалт нь (бүрэн төлөгдсөн нэхэмжлэх, {currency} валютаар) {days} хоногоос илүү өмнө гарсан харилцагч; өмнөх орлого = түүний бүх борлуулалт.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="709"/>
        <source>The {limit} clients with the largest past revenue.</source>
        <translation>Өмнөх орлого хамгийн их {limit} харилцагч.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="712"/>
        <source>Revenue this month</source>
        <translation>Энэ сарын орлого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="713"/>
        <source>Sales this month</source>
        <translation>Энэ сарын борлуулалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="714"/>
        <source>Deals won this month</source>
        <translation>Энэ сард ялсан хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="715"/>
        <source>Win rate this month, %</source>
        <translation>Энэ сарын ялалтын хувь, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="716"/>
        <source>Plan done this month, %</source>
        <translation>Энэ сарын төлөвлөгөөний биелэлт, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="717"/>
        <source>Overdue events</source>
        <translation>Хэтэрсэн үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="718"/>
        <source>Overdue orders</source>
        <translation>Хэтэрсэн захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="719"/>
        <source>Open claims</source>
        <translation>Нээлттэй гомдол</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="720"/>
        <source>A claim in status {from_status} cannot become {to_status}</source>
        <translation>{from_status} төлөвтэй гомдлыг {to_status} болгох боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="722"/>
        <source>The claim is {status}: it cannot change any more</source>
        <translation>Гомдол {status} төлөвтэй: цаашид өөрчлөх боломжгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="723"/>
        <source>Choose the result of the claim</source>
        <translation>Гомдлын үр дүнг сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="724"/>
        <source>Satisfaction is from 1 (not at all) to 5 (fully)</source>
        <translation>Сэтгэл ханамж 1 (огт үгүй)-ээс 5 (бүрэн) хүртэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="726"/>
        <source>Say why the claim is rejected</source>
        <translation>Гомдлыг яагаад татгалзсаныг бичнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="727"/>
        <source>This file is not attached to the claim</source>
        <translation>Энэ файл гомдолд хавсаргагдаагүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="728"/>
        <source>Log a call, an e-mail, a meeting or a note</source>
        <translation>Дуудлага, и-мэйл, уулзалт эсвэл тэмдэглэл бүртгэнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="731"/>
        <source>No claim status {status}: use one of {known}</source>
        <translation>«{status}» гэсэн гомдлын төлөв алга: эдгээрийн аль нэгийг ашиглана уу: {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="733"/>
        <source>Every row of the list needs a name</source>
        <translation>Жагсаалтын мөр бүр нэртэй байх ёстой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="734"/>
        <source>Reason {name}: name its department</source>
        <translation>{name} шалтгаан: хэлтсийг нь заана уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="735"/>
        <source>{name} is in the list twice</source>
        <translation>{name} жагсаалтад хоёр удаа байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="736"/>
        <source>This is not a task of the claim&apos;s plan</source>
        <translation>Энэ нь гомдлын төлөвлөгөөний даалгавар биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="737"/>
        <source>No client has the address {address}: register the claim by hand</source>
        <translation>{address} хаягтай харилцагч алга: гомдлыг гараар бүртгэнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="739"/>
        <source>The e-mail has neither a subject nor a text</source>
        <translation>И-мэйлд сэдэв ч, текст ч алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="740"/>
        <source>The file has no column for: {columns}</source>
        <translation>Файлд дараах багана алга: {columns}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="742"/>
        <source>no client given</source>
        <translation>харилцагч заагаагүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="743"/>
        <source>no client {value}</source>
        <translation>{value} харилцагч алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="744"/>
        <source>the essence of the claim is empty</source>
        <translation>гомдлын мөн чанар хоосон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="745"/>
        <source>{value} is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>{value} огноо биш (ЖЖЖЖ-СС-ӨӨ эсвэл ӨӨ.СС.ЖЖЖЖ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="747"/>
        <source>no reason {value} in the list</source>
        <translation>жагсаалтад {value} шалтгаан алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="748"/>
        <source>severity {value} is none of low, medium, high, critical</source>
        <translation>ноцтой байдал {value} нь low, medium, high, critical-ийн аль нь ч биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="750"/>
        <source>the client has no order {value}</source>
        <translation>харилцагчид {value} захиалга алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="751"/>
        <source>the client has no invoice {value}</source>
        <translation>харилцагчид {value} нэхэмжлэх алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="753"/>
        <source>no active user {value}</source>
        <translation>{value} идэвхтэй хэрэглэгч алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="754"/>
        <source>The rule file {path} was refused whole, nothing was imported: {problem}</source>
        <translation>{path} дүрмийн файлыг бүхэлд нь татгалзсан, юу ч импортлоогүй: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="756"/>
        <source>Rule {rule}: {problem}</source>
        <translation>«{rule}» дүрэм: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="757"/>
        <source>Rules run on the desktop or the server, not {value}</source>
        <translation>Дүрэм компьютер эсвэл сервер дээр ажиллана, «{value}» биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="759"/>
        <source>assigned to {user} ({how})</source>
        <translation>{user}-д оноосон ({how})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="760"/>
        <source>deal &quot;{title}&quot; opened in {pipeline}, stage {stage}</source>
        <translation>«{title}» хэлцлийг «{pipeline}» юүлүүрийн «{stage}» үе шатанд нээсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="762"/>
        <source>{kind} {number} made from {source}</source>
        <translation>{kind} {number}: {source} эх сурвалжаас үүсгэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="763"/>
        <source>{type} &quot;{subject}&quot; for {user} on {when}</source>
        <translation>{type} «{subject}»: {user}, {when}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="764"/>
        <source>web hook {url} answered {status}</source>
        <translation>{url} вэб хүк {status} хариу өгсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="765"/>
        <source>e-mail &quot;{subject}&quot; queued for {to}</source>
        <translation>«{subject}» и-мэйлийг {to} руу илгээх дараалалд оруулсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="766"/>
        <source>deal moved to {stage}</source>
        <translation>хэлцлийг «{stage}» үе шат руу шилжүүлсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="767"/>
        <source>{user} told: {text}</source>
        <translation>{user}-д мэдэгдсэн: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="768"/>
        <source>{field} set to {value}</source>
        <translation>{field} талбарт {value} утга оноосон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="769"/>
        <source>tag {tag} added</source>
        <translation>{tag} шошго нэмсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="770"/>
        <source>task &quot;{subject}&quot; for {user}, due {due}</source>
        <translation>«{subject}» даалгавар {user}-д, хугацаа {due}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="771"/>
        <source>tag {tag} removed</source>
        <translation>{tag} шошго хассан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="772"/>
        <source>web hook {url} failed: {reason}</source>
        <translation>{url} вэб хүк амжилтгүй: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="773"/>
        <source>web hook {url} not called: web hooks are off</source>
        <translation>{url} вэб хүкийг дуудаагүй: вэб хүк унтраалттай</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="775"/>
        <source>{client} has no e-mail address</source>
        <translation>{client} харилцагчид и-мэйл хаяг алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="776"/>
        <source>the record has no client</source>
        <translation>бичлэгт харилцагч алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="777"/>
        <source>the deal has no quote to copy</source>
        <translation>хэлцэлд хуулах үнийн санал алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="778"/>
        <source>letter {title} saved with {client}&apos;s files</source>
        <translation>{title} захидлыг {client}-ийн файлд хадгалсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="780"/>
        <source>the pipeline {pipeline} has no stage {stage}</source>
        <translation>«{pipeline}» юүлүүрт «{stage}» үе шат алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="782"/>
        <source>no active user {login}</source>
        <translation>{login} идэвхтэй хэрэглэгч алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="783"/>
        <source>nobody to assign: every manager named is absent</source>
        <translation>оноох хүн алга: заасан бүх менежер байхгүй байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="785"/>
        <source>Rule {rule} is on {entity}s: pick one</source>
        <translation>«{rule}» дүрэм {entity} төрлийн бичлэгт ажилладаг: нэгийг сонгоно уу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="786"/>
        <source>No rule {rule}</source>
        <translation>«{rule}» дүрэм алга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="787"/>
        <source>stopped: a chain of rules reached the limit of {limit} (a rule&apos;s change firing another rule)</source>
        <translation>зогссон: дүрмийн гинжин хэлхээ {limit} хязгаарт хүрсэн (нэг дүрмийн өөрчлөлт өөр дүрмийг ажиллуулж байна)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="790"/>
        <source>The template has an unclosed or stray brace: {reason}</source>
        <translation>Загварт хаагдаагүй эсвэл илүү угалзан хаалт байна: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="792"/>
        <source>Unknown placeholder {{{name}}}; use one of: {known}</source>
        <translation>Үл мэдэгдэх орлуулга {{{name}}}; эдгээрийн аль нэгийг ашиглана уу: {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="794"/>
        <source>{field} is not a field a stage can require</source>
        <translation>{field} нь үе шатны шаардаж болох талбар биш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="796"/>
        <source>No active user {login}: name one with --user LOGIN</source>
        <translation>{login} идэвхтэй хэрэглэгч алга: --user LOGIN-оор нэрлэнэ үү</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="805"/>
        <source>edit clients</source>
        <translation>харилцагчдыг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="806"/>
        <source>import clients</source>
        <translation>харилцагчдыг импортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="807"/>
        <source>merge clients</source>
        <translation>харилцагчдыг нэгтгэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="808"/>
        <source>edit segments</source>
        <translation>сегментүүдийг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="809"/>
        <source>edit events</source>
        <translation>үйл явдлуудыг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="810"/>
        <source>sell (quotes, invoices, payments)</source>
        <translation>борлуулах (үнийн санал, нэхэмжлэх, төлбөр)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="811"/>
        <source>approve prices below the minimum</source>
        <translation>доод үнээс бага үнийг зөвшөөрөх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="812"/>
        <source>edit the catalogue</source>
        <translation>каталогийг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="813"/>
        <source>change minimum prices</source>
        <translation>доод үнийг өөрчлөх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="814"/>
        <source>import price lists</source>
        <translation>үнийн жагсаалт импортлох</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="815"/>
        <source>change a client&apos;s terms of sale</source>
        <translation>харилцагчийн борлуулалтын нөхцөлийг өөрчлөх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="816"/>
        <source>change the company&apos;s requisites and settings</source>
        <translation>байгууллагын дэлгэрэнгүй мэдээлэл, тохиргоог өөрчлөх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="817"/>
        <source>set up the mail server</source>
        <translation>шуудангийн серверийг тохируулах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="818"/>
        <source>edit custom fields</source>
        <translation>нэмэлт талбаруудыг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="819"/>
        <source>manage users</source>
        <translation>хэрэглэгчдийг удирдах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="820"/>
        <source>back up and restore the database</source>
        <translation>өгөгдлийн санг нөөцлөх, сэргээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="821"/>
        <source>edit deals</source>
        <translation>хэлцлүүдийг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="822"/>
        <source>edit other salespeople&apos;s deals</source>
        <translation>бусад борлуулагчийн хэлцлийг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="823"/>
        <source>edit pipelines and their stages</source>
        <translation>юүлүүр, үе шатуудыг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="824"/>
        <source>read the change history</source>
        <translation>өөрчлөлтийн түүхийг унших</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="825"/>
        <source>edit orders</source>
        <translation>захиалгуудыг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="826"/>
        <source>edit other salespeople&apos;s orders</source>
        <translation>бусад борлуулагчийн захиалгыг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="827"/>
        <source>work on claims</source>
        <translation>гомдолтой ажиллах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="828"/>
        <source>edit other salespeople&apos;s claims</source>
        <translation>бусад борлуулагчийн гомдлыг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="829"/>
        <source>edit the claim reasons and results lists</source>
        <translation>гомдлын шалтгаан, үр дүнгийн жагсаалтыг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="830"/>
        <source>send mass mailings (campaigns)</source>
        <translation>бөөн илгээлт (кампанит ажил) илгээх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="831"/>
        <source>edit the automation rules</source>
        <translation>автоматжуулалтын дүрмийг засах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="839"/>
        <source>salesperson</source>
        <translation>борлуулагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="840"/>
        <source>head of sales</source>
        <translation>борлуулалтын албаны дарга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="841"/>
        <source>administrator</source>
        <translation>админ</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="22"/>
        <source>Row {0}: {1}</source>
        <translation>Мөр {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="25"/>
        <source>… and {0} more in the report</source>
        <translation>… тайланд дахин {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="32"/>
        <source>Save the report</source>
        <translation>Тайланг хадгалах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="34"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="37"/>
        <source>Row</source>
        <translation>Мөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="38"/>
        <source>Problem</source>
        <translation>Асуудал</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="35"/>
        <source>Call</source>
        <translation>Дуудлага</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="36"/>
        <source>Meeting</source>
        <translation>Уулзалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="37"/>
        <source>E-mail</source>
        <translation>И-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="38"/>
        <source>Task</source>
        <translation>Даалгавар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="39"/>
        <source>Planned interaction</source>
        <translation>Төлөвлөсөн харилцаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="40"/>
        <source>Note</source>
        <translation>Тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="41"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="52"/>
        <source>Planned</source>
        <translation>Төлөвлөсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="42"/>
        <source>Done</source>
        <translation>Гүйцэтгэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="43"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="51"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="55"/>
        <source>Cancelled</source>
        <translation>Цуцалсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Ноорог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="45"/>
        <source>Issued</source>
        <translation>Гаргасан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="46"/>
        <source>Sent</source>
        <translation>Илгээсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="47"/>
        <source>Partially paid</source>
        <translation>Хэсэгчлэн төлсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="48"/>
        <source>Paid</source>
        <translation>Төлсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="49"/>
        <source>Accepted</source>
        <translation>Зөвшөөрсөн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="50"/>
        <source>Declined</source>
        <translation>Татгалзсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="53"/>
        <source>Shipped</source>
        <translation>Ачсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="54"/>
        <source>Delivered</source>
        <translation>Хүргэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="56"/>
        <source>Bank transfer</source>
        <translation>Банкны шилжүүлэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="57"/>
        <source>Cash</source>
        <translation>Бэлэн мөнгө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="58"/>
        <source>Card</source>
        <translation>Карт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="59"/>
        <source>Components</source>
        <translation>Эд анги</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="60"/>
        <source>Products</source>
        <translation>Бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="61"/>
        <source>Services</source>
        <translation>Үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="64"/>
        <source>New</source>
        <translation>Шинэ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="65"/>
        <source>In progress</source>
        <translation>Хийгдэж байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="66"/>
        <source>Awaiting payment</source>
        <translation>Төлбөр хүлээж байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="67"/>
        <source>Ready to ship</source>
        <translation>Ачихад бэлэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="68"/>
        <source>Open deal</source>
        <translation>Нээлттэй хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="69"/>
        <source>Won deal</source>
        <translation>Ялсан хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="70"/>
        <source>Lost deal</source>
        <translation>Алдсан хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="71"/>
        <source>Quote</source>
        <translation>Үнийн санал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="72"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="142"/>
        <source>Invoice</source>
        <translation>Нэхэмжлэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="73"/>
        <source>Organization</source>
        <translation>Байгууллага</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="74"/>
        <source>Person</source>
        <translation>Хувь хүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="75"/>
        <source>Lead</source>
        <translation>Лийд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="76"/>
        <source>Prospect</source>
        <translation>Боломжит</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="77"/>
        <source>Customer</source>
        <translation>Худалдан авагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="78"/>
        <source>Inactive</source>
        <translation>Идэвхгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="79"/>
        <source>mobile</source>
        <translation>гар утас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="80"/>
        <source>work</source>
        <translation>ажил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="81"/>
        <source>home</source>
        <translation>гэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="82"/>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="83"/>
        <source>other</source>
        <translation>бусад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="84"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="85"/>
        <source>Number</source>
        <translation>Тоо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="86"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="87"/>
        <source>Choice</source>
        <translation>Сонголт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="88"/>
        <source>Checkbox</source>
        <translation>Чагт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="106"/>
        <source>Website</source>
        <translation>Вэбсайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="107"/>
        <source>Referral</source>
        <translation>Зөвлөмж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="108"/>
        <source>Exhibition</source>
        <translation>Үзэсгэлэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="109"/>
        <source>Cold call</source>
        <translation>Хүйтэн дуудлага</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="110"/>
        <source>Advertising</source>
        <translation>Сурталчилгаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="111"/>
        <source>Partner</source>
        <translation>Түнш</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="112"/>
        <source>Repeat customer</source>
        <translation>Байнгын үйлчлүүлэгч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="113"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="143"/>
        <source>Commercial offer</source>
        <translation>Үнийн санал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="144"/>
        <source>Payment reminder</source>
        <translation>Төлбөрийн сануулга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="167"/>
        <source>BIN/IIN</source>
        <translation>БИН/ИИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="167"/>
        <source>VÖEN</source>
        <translation>VÖEN</translation>
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
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="173"/>
        <source>Tax ID</source>
        <translation>Регистрийн дугаар</translation>
    </message>
</context>
<context>
    <name>mailing</name>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="13"/>
        <source>will get it</source>
        <translation>хүлээн авна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="14"/>
        <source>sent</source>
        <translation>илгээсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="15"/>
        <source>not delivered</source>
        <translation>хүргэгдээгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="16"/>
        <source>opted out</source>
        <translation>татгалзсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="17"/>
        <source>bad address</source>
        <translation>буруу хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="18"/>
        <source>no e-mail address</source>
        <translation>и-мэйл хаяггүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="19"/>
        <source>address shared with another client</source>
        <translation>өөр харилцагчтай ижил хаяг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="25"/>
        <source>sending</source>
        <translation>илгээж байна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="26"/>
        <source>cancelled</source>
        <translation>цуцалсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="31"/>
        <source>entered by hand</source>
        <translation>гараар оруулсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="32"/>
        <source>replied to a letter</source>
        <translation>захидалд хариулсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="33"/>
        <source>asked by phone</source>
        <translation>утсаар хүссэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="34"/>
        <source>unsubscribe link</source>
        <translation>татгалзах холбоос</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="40"/>
        <source>waiting</source>
        <translation>хүлээгдэж байна</translation>
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
        <translation>Алдаа гарлаа: {0}. Юу ч хадгалагдаагүй. Дэлгэрэнгүйг лог файлаас харна уу.</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="21"/>
        <source>Overdue: past the due date, not delivered</source>
        <translation>Хугацаа хэтэрсэн: эцсийн хугацаа өнгөрсөн, хүргээгүй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="27"/>
        <source>Number</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="28"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="31"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="33"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="35"/>
        <source>Due</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="42"/>
        <source>Total</source>
        <translation>Нийт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="47"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="48"/>
        <source>Invoice</source>
        <translation>Нэхэмжлэх</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="33"/>
        <source>Sales funnel</source>
        <translation>Борлуулалтын юүлүүр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="34"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="61"/>
        <source>Sales</source>
        <translation>Борлуулалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="35"/>
        <source>Manager benchmark</source>
        <translation>Менежерүүдийн харьцуулалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="36"/>
        <source>Won and lost</source>
        <translation>Ялсан ба алдсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="37"/>
        <source>Lead sources</source>
        <translation>Лийдийн эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="38"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="152"/>
        <source>Claims</source>
        <translation>Гомдлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="39"/>
        <source>Overdue work</source>
        <translation>Хугацаа хэтэрсэн ажил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="40"/>
        <source>Reactivation candidates</source>
        <translation>Дахин идэвхжүүлэх харилцагчид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="47"/>
        <source>Conversion to won, %</source>
        <translation>Ялалт руу шилжилт, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="49"/>
        <source>Stage</source>
        <translation>Үе шат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="50"/>
        <source>Entered</source>
        <translation>Орсон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="51"/>
        <source>Conversion to next, %</source>
        <translation>Дараагийнх руу шилжилт, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="52"/>
        <source>Median days in stage</source>
        <translation>Үе шатанд өнгөрсөн хоног (медиан)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="53"/>
        <source>Lost here</source>
        <translation>Энд алдсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="54"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="109"/>
        <source>Period</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="55"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="139"/>
        <source>Manager</source>
        <translation>Менежер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="56"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="140"/>
        <source>Product</source>
        <translation>Бараа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="57"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="141"/>
        <source>Category</source>
        <translation>Ангилал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="58"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="112"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="142"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="59"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="143"/>
        <source>Client</source>
        <translation>Харилцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="60"/>
        <source>Count</source>
        <translation>Тоо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="62"/>
        <source>Revenue</source>
        <translation>Орлого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="63"/>
        <source>Plan</source>
        <translation>Төлөвлөгөө</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="64"/>
        <source>Plan done, %</source>
        <translation>Төлөвлөгөөний биелэлт, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="65"/>
        <source>Deals opened</source>
        <translation>Нээсэн хэлцэл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="66"/>
        <source>Won</source>
        <translation>Ялсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="67"/>
        <source>Win rate, %</source>
        <translation>Ялалтын хувь, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="68"/>
        <source>Average check</source>
        <translation>Дундаж чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="69"/>
        <source>Calls</source>
        <translation>Дуудлага</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="70"/>
        <source>Meetings</source>
        <translation>Уулзалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="71"/>
        <source>E-mails</source>
        <translation>И-мэйл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="72"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="87"/>
        <source>Overdue events</source>
        <translation>Хэтэрсэн үйл явдал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="73"/>
        <source>Change, %</source>
        <translation>Өөрчлөлт, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="74"/>
        <source>Last year</source>
        <translation>Өнгөрсөн жил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="75"/>
        <source>Won amount</source>
        <translation>Ялсан дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="76"/>
        <source>Lost amount</source>
        <translation>Алдсан дүн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="77"/>
        <source>Reason</source>
        <translation>Шалтгаан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="78"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="114"/>
        <source>Source</source>
        <translation>Эх сурвалж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="79"/>
        <source>Leads</source>
        <translation>Лийд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="80"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="137"/>
        <source>Month</source>
        <translation>Сар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="81"/>
        <source>Registered</source>
        <translation>Бүртгэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="82"/>
        <source>Resolved</source>
        <translation>Шийдвэрлэсэн</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="83"/>
        <source>Open</source>
        <translation>Нээлттэй</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="84"/>
        <source>Satisfied, %</source>
        <translation>Сэтгэл ханамжтай, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="85"/>
        <source>Department</source>
        <translation>Хэлтэс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="86"/>
        <source>Responsible</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="88"/>
        <source>Overdue orders</source>
        <translation>Хэтэрсэн захиалга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="89"/>
        <source>Overdue claim tasks</source>
        <translation>Хэтэрсэн гомдлын даалгавар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="90"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="102"/>
        <source>Total</source>
        <translation>Нийт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="91"/>
        <source>Last purchase</source>
        <translation>Сүүлийн худалдан авалт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="92"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="117"/>
        <source>Days without a purchase</source>
        <translation>Худалдан авалтгүй хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="93"/>
        <source>Past revenue</source>
        <translation>Өмнөх орлого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="94"/>
        <source>Section</source>
        <translation>Хэсэг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="95"/>
        <source>Lost</source>
        <translation>Алдсан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="96"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="97"/>
        <source>Opened, last year</source>
        <translation>Нээсэн, өнгөрсөн жил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="98"/>
        <source>Won, last year</source>
        <translation>Ялсан, өнгөрсөн жил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="99"/>
        <source>Win rate last year, %</source>
        <translation>Ялалтын хувь, өнгөрсөн жил, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="100"/>
        <source>Share, %</source>
        <translation>Эзлэх хувь, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="101"/>
        <source>Stage lost at</source>
        <translation>Алдсан үе шат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="110"/>
        <source>Pipeline</source>
        <translation>Юүлүүр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="111"/>
        <source>Manager or team</source>
        <translation>Менежер эсвэл баг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="113"/>
        <source>Product or category</source>
        <translation>Бараа эсвэл ангилал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="115"/>
        <source>Currency</source>
        <translation>Валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="116"/>
        <source>Group by</source>
        <translation>Бүлэглэх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="124"/>
        <source>This month</source>
        <translation>Энэ сар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="125"/>
        <source>This quarter</source>
        <translation>Энэ улирал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="126"/>
        <source>This year</source>
        <translation>Энэ он</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="127"/>
        <source>Last 12 months</source>
        <translation>Сүүлийн 12 сар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="128"/>
        <source>Custom</source>
        <translation>Дурын</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="135"/>
        <source>Day</source>
        <translation>Өдөр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="136"/>
        <source>Week</source>
        <translation>Долоо хоног</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="138"/>
        <source>Quarter</source>
        <translation>Улирал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="150"/>
        <source>Deals</source>
        <translation>Хэлцлүүд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="151"/>
        <source>Invoices</source>
        <translation>Нэхэмжлэхүүд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="153"/>
        <source>Events</source>
        <translation>Үйл явдлууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="154"/>
        <source>Orders</source>
        <translation>Захиалгууд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="155"/>
        <source>Clients</source>
        <translation>Харилцагчид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="160"/>
        <source>All</source>
        <translation>Бүгд</translation>
    </message>
</context>
</TS>
