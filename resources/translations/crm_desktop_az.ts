<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ" sourcelanguage="en_US">
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="128"/>
        <source>field</source>
        <translation>sahə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="129"/>
        <source>value</source>
        <translation>dəyər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="132"/>
        <source>how</source>
        <translation>necə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="133"/>
        <source>managers (logins, comma-separated)</source>
        <translation>menecerlər (loginlər vergüllə)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="134"/>
        <source>table: match=login; match=login</source>
        <translation>cədvəl: dəyər=login; dəyər=login</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="135"/>
        <source>by</source>
        <translation>üzrə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="138"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="144"/>
        <source>subject</source>
        <translation>mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="139"/>
        <source>due in days</source>
        <translation>müddət, gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="140"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="146"/>
        <source>for</source>
        <translation>icraçı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="143"/>
        <source>type</source>
        <translation>növ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="145"/>
        <source>in days</source>
        <translation>gün sonra</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="149"/>
        <source>pipeline</source>
        <translation>satış qıfı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="150"/>
        <source>title</source>
        <translation>ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="153"/>
        <source>stage</source>
        <translation>mərhələ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="156"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="159"/>
        <source>tag</source>
        <translation>etiket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="162"/>
        <source>template</source>
        <translation>şablon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="165"/>
        <source>whom</source>
        <translation>kimə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="166"/>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="169"/>
        <source>document</source>
        <translation>sənəd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="170"/>
        <source>title, e.g. Contract for {client}</source>
        <translation>başlıq, məsələn {client} üçün müqavilə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="171"/>
        <source>text, with {client}, {title}, {amount}…</source>
        <translation>mətn, {client}, {title}, {amount}… ilə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="174"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="175"/>
        <source>timeout, s</source>
        <translation>gözləmə, san</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="176"/>
        <source>retries</source>
        <translation>təkrar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="212"/>
        <source>the record&apos;s manager</source>
        <translation>qeydin meneceri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="220"/>
        <source>the default pipeline</source>
        <translation>standart satış qıfı</translation>
    </message>
</context>
<context>
    <name>AutomationButton</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="24"/>
        <source>A&amp;utomation</source>
        <translation>A&amp;vtomatlaşdırma</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="26"/>
        <source>Why did something happen to this record, and the rules you can run on it by hand</source>
        <translation>Bu qeydlə nə üçün nəsə baş verdi və ona əl ilə başlada biləcəyiniz qaydalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="38"/>
        <source>Why did this happen?</source>
        <translation>Bu niyə baş verdi?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="45"/>
        <source>No rules to run by hand</source>
        <translation>Əl ilə başladılan qayda yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="48"/>
        <source>Run: {rule}</source>
        <translation>Başlat: {rule}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="73"/>
        <source>nothing to do</source>
        <translation>ediləcək bir şey yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="76"/>
        <source>Done: {what}</source>
        <translation>İcra olundu: {what}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="77"/>
        <source>The rule failed: {what}</source>
        <translation>Qayda icra olunmadı: {what}</translation>
    </message>
</context>
<context>
    <name>CallResultDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="43"/>
        <source>Call result</source>
        <translation>Zəngin nəticəsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="47"/>
        <source>Save result</source>
        <translation>Nəticəni yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="48"/>
        <source>Skip</source>
        <translation>Keç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="53"/>
        <source>Call with {0} started at {1}. How did it go?</source>
        <translation>{0} ilə zəng {1} vaxtı başladı. Nəticə necə oldu?</translation>
    </message>
</context>
<context>
    <name>CampaignWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="92"/>
        <source>Mass mailing</source>
        <translation>Kütləvi məktublar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="101"/>
        <source>New campaign</source>
        <translation>Yeni kampaniya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="102"/>
        <source>Campaigns</source>
        <translation>Kampaniyalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="103"/>
        <source>Opt-out list</source>
        <translation>İmtina edənlər siyahısı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="109"/>
        <source>Only the head of sales sends campaigns</source>
        <translation>Kampaniyaları yalnız satış şöbəsinin rəhbəri göndərir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="126"/>
        <source>&amp;Segment:</source>
        <translation>&amp;Seqment:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="140"/>
        <source>Save &amp;template</source>
        <translation>Şablonu &amp;yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="144"/>
        <source>&amp;Template:</source>
        <translation>&amp;Şablon:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="150"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Mövzu:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="155"/>
        <source>&amp;Letter:</source>
        <translation>Mək&amp;tub:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="160"/>
        <source>Placeholders:</source>
        <translation>Əvəzlənən sahələr:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="162"/>
        <source>Send</source>
        <translation>Göndər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="167"/>
        <source> a minute</source>
        <translation> məktub/dəq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="168"/>
        <source>&amp;Rate:</source>
        <translation>Sü&amp;rət:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="175"/>
        <source>your own address</source>
        <translation>öz ünvanınız</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="176"/>
        <source>Test &amp;to:</source>
        <translation>Test ü&amp;nvanı:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="177"/>
        <source>Send a t&amp;est to myself</source>
        <translation>Özümə t&amp;est göndər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="181"/>
        <source>Send the &amp;campaign…</source>
        <translation>&amp;Kampaniyanı göndər…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="189"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="390"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="461"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="190"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="391"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="462"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="479"/>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="191"/>
        <source>Contact</source>
        <translation>Əlaqə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="192"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="249"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="392"/>
        <source>Letter</source>
        <translation>Məktub</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="220"/>
        <source>All clients</source>
        <translation>Bütün kontragentlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="260"/>
        <source>Counting the segment…</source>
        <translation>Seqment hesablanır…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="281"/>
        <source>{total} clients in the segment: {queued} will get the letter, {opted} opted out, {bad} bad address, {none} without an address, {shared} at an address another client gets it at</source>
        <translation>Seqmentdə {total} kontragent: {queued} məktub alacaq, {opted} imtina edib, {bad} ünvanı səhvdir, {none} ünvansızdır, {shared} ünvanı başqa kontragentlə ortaqdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="310"/>
        <source>To: {to}
Subject: {subject}</source>
        <translation>Kimə: {to}
Mövzu: {subject}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="313"/>
        <source>Not sent to this client: {why}</source>
        <translation>Bu kontragentə göndərilmir: {why}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="337"/>
        <source>A test letter to {to} is in the outbox.</source>
        <translation>{to} ünvanına test məktubu göndəriləcəklərə əlavə edildi.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="344"/>
        <source>Send the campaign</source>
        <translation>Kampaniyanın göndərilməsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="345"/>
        <source>Send the letter to {queued} clients, {rate} a minute (about {minutes} minutes)?</source>
        <translation>Məktub {queued} kontragentə dəqiqədə {rate} məktub sürəti ilə göndərilsin (təxminən {minutes} dəqiqə)?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="370"/>
        <source>Queued at</source>
        <translation>Növbəyə alınıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="371"/>
        <source>Campaign</source>
        <translation>Kampaniya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="372"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="373"/>
        <source>Rate</source>
        <translation>Sürət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="373"/>
        <source>{n}/min</source>
        <translation>{n}/dəq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="375"/>
        <source>Clients</source>
        <translation>Kontragentlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="376"/>
        <source>Waiting</source>
        <translation>Gözləyir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="377"/>
        <source>Sent</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="378"/>
        <source>Failed</source>
        <translation>Uğursuz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="379"/>
        <source>Opted out</source>
        <translation>İmtina edib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="380"/>
        <source>Bad address</source>
        <translation>Səhv ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="381"/>
        <source>No address</source>
        <translation>Ünvansız</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="387"/>
        <source>The chosen campaign&apos;s recipients (failures first):</source>
        <translation>Seçilmiş kampaniyanın alıcıları (əvvəlcə uğursuzlar):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="394"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="480"/>
        <source>Server&apos;s answer</source>
        <translation>Serverin cavabı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="400"/>
        <source>Cancel the letters not yet sent</source>
        <translation>Hələ göndərilməmiş məktubları ləğv et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="447"/>
        <source>e-mail address that asked to stop, or the subject of its unsubscribe reply</source>
        <translation>məktubların dayandırılmasını istəyən e-poçt ünvanı və ya onun abunədən imtina cavabının mövzusu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="454"/>
        <source>&amp;Add to the list</source>
        <translation>Siyahıya &amp;əlavə et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="460"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="478"/>
        <source>Since</source>
        <translation>Nə vaxtdan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="461"/>
        <source>(any client)</source>
        <translation>(istənilən kontragent)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="462"/>
        <source>(every address)</source>
        <translation>(bütün ünvanlar)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="463"/>
        <source>How</source>
        <translation>Necə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="464"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="470"/>
        <source>&amp;Remove from the list</source>
        <translation>Siyahıdan &amp;sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="475"/>
        <source>Addresses a mail server refused for good (campaigns skip them):</source>
        <translation>Poçt serverinin həmişəlik rədd etdiyi ünvanlar (kampaniyalar bu ünvanlara göndərmir):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="486"/>
        <source>Try this address &amp;again</source>
        <translation>Bu ünvanı &amp;yenidən yoxla</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="130"/>
        <source>Product catalogue</source>
        <translation>Məhsul kataloqu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="142"/>
        <source>Code or name</source>
        <translation>Kod və ya ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="145"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="146"/>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="253"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="148"/>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="149"/>
        <source>Recommended price</source>
        <translation>Tövsiyə olunan qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="151"/>
        <source>Minimum price</source>
        <translation>Minimal qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="153"/>
        <source>VAT %</source>
        <translation>ƏDV %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="159"/>
        <source>&amp;New product</source>
        <translation>&amp;Yeni məhsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="161"/>
        <source>New &amp;category</source>
        <translation>Yeni &amp;kateqoriya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="162"/>
        <source>&amp;Warehouses…</source>
        <translation>&amp;Anbarlar…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="163"/>
        <source>&amp;Import prices and stock…</source>
        <translation>Qiymət və qalıqların &amp;idxalı…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="253"/>
        <source>New category</source>
        <translation>Yeni kateqoriya</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="59"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="59"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryView</name>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="51"/>
        <source>Before</source>
        <translation>Əvvəl</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="51"/>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="52"/>
        <source>Reload</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="63"/>
        <source>A new card has no history yet.</source>
        <translation>Yeni kartın hələ tarixçəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="66"/>
        <source>The change history is kept by the team server: sign in to one to see who changed what.</source>
        <translation>Dəyişikliklər tarixçəsini komanda serveri saxlayır: kimin nəyi dəyişdiyini görmək üçün serverə daxil olun.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="69"/>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="80"/>
        <source>created</source>
        <translation>yaradılıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="80"/>
        <source>changed</source>
        <translation>dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="81"/>
        <source>deleted</source>
        <translation>silinib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="81"/>
        <source>merged</source>
        <translation>birləşdirilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="82"/>
        <source>No changes recorded yet.</source>
        <translation>Hələ heç bir dəyişiklik qeydə alınmayıb.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="85"/>
        <source>the program</source>
        <translation>proqram</translation>
    </message>
</context>
<context>
    <name>ClaimCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="152"/>
        <source>&amp;Claim</source>
        <translation>&amp;Reklamasiya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="153"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="547"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="154"/>
        <source>&amp;Files</source>
        <translation>&amp;Fayllar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="155"/>
        <source>&amp;Interactions</source>
        <translation>Ə&amp;laqələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>From</source>
        <translation>Əvvəl</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>To</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>By</source>
        <translation>Kim tərəfindən</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="158"/>
        <source>Histor&amp;y</source>
        <translation>Tari&amp;xçə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="161"/>
        <source>&amp;Save</source>
        <translation>&amp;Yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="165"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="186"/>
        <source>New claim</source>
        <translation>Yeni reklamasiya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="187"/>
        <source>New claim (numbered when saved)</source>
        <translation>Yeni reklamasiya (yadda saxlananda nömrə veriləcək)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="212"/>
        <source>(not set)</source>
        <translation>(təyin olunmayıb)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="254"/>
        <source>Find the claimant…</source>
        <translation>İddiaçını tapın…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="267"/>
        <source>(the reason&apos;s department)</source>
        <translation>(səbəbin şöbəsi)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="269"/>
        <source>Edit the &amp;list…</source>
        <translation>Siyahını redaktə &amp;et…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="286"/>
        <source>&amp;Date</source>
        <translation>&amp;Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="287"/>
        <source>Claimant &amp;is</source>
        <translation>İddiaçının &amp;növü</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="288"/>
        <source>Claimant</source>
        <translation>İddiaçı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="289"/>
        <source>C&amp;ontact person</source>
        <translation>Əla&amp;qə şəxsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="290"/>
        <source>&amp;Order</source>
        <translation>&amp;Sifariş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="291"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Hesab-faktura</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="292"/>
        <source>&amp;Product</source>
        <translation>&amp;Məhsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="293"/>
        <source>&amp;Responsible</source>
        <translation>Məs&amp;ul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="294"/>
        <source>Person at &amp;fault</source>
        <translation>&amp;Günahkar şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="295"/>
        <source>Department at fa&amp;ult</source>
        <translation>Gün&amp;ahkar şöbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="296"/>
        <source>Rea&amp;son</source>
        <translation>Sə&amp;bəb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="299"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Ciddilik</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="300"/>
        <source>Dead&amp;line</source>
        <translation>S&amp;on tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="304"/>
        <source>&amp;Essence</source>
        <translation>Mah&amp;iyyət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="305"/>
        <source>Requested re&amp;medy</source>
        <translation>Tələb olunan tə&amp;dbir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="309"/>
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>By when</source>
        <translation>Nə vaxtadək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="324"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="329"/>
        <source>What is to be done…</source>
        <translation>Nə edilməlidir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="336"/>
        <source>&amp;Add task</source>
        <translation>&amp;Tapşırıq əlavə et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="339"/>
        <source>Mark &amp;done…</source>
        <translation>İ&amp;cra olundu…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="358"/>
        <source>&amp;Attach files…</source>
        <translation>Faylları &amp;qoş…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="361"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="375"/>
        <source>Content</source>
        <translation>Məzmun</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="384"/>
        <source>Subject…</source>
        <translation>Mövzu…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="387"/>
        <source>What was said or agreed…</source>
        <translation>Nə deyildi və ya nə razılaşdırıldı…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="388"/>
        <source>&amp;Log</source>
        <translation>&amp;Qeydə al</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="428"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="450"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="438"/>
        <source>(the claim&apos;s responsible)</source>
        <translation>(reklamasiyanın məsul şəxsi)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="475"/>
        <source>Claim {0}</source>
        <translation>Reklamasiya {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="476"/>
        <source>Claim {0} of {1}</source>
        <translation>Reklamasiya {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="495"/>
        <source>Result: {0}</source>
        <translation>Nəticə: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="497"/>
        <source>Satisfaction: {0} of 5</source>
        <translation>Məmnunluq: {0} / 5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="501"/>
        <source>Repeats the open claim {0}</source>
        <translation>Açıq reklamasiya {0} ilə təkrarlanır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="529"/>
        <source>{0} B</source>
        <translation>{0} B</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="531"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="532"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="535"/>
        <source>{0} of {1} done</source>
        <translation>{0} / {1} icra olunub</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="537"/>
        <source>{0} overdue</source>
        <translation>{0} vaxtı keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="538"/>
        <source>No plan yet</source>
        <translation>Hələ plan yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="544"/>
        <source>Overdue</source>
        <translation>Vaxtı keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="546"/>
        <source>&amp;Plan ({0}/{1})</source>
        <translation>&amp;Plan ({0}/{1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="558"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="564"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="567"/>
        <source>since {0}</source>
        <translation>{0} tarixindən</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="569"/>
        <source>overdue</source>
        <translation>vaxtı keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="584"/>
        <source>Choose the claimant first.</source>
        <translation>Əvvəlcə iddiaçını seçin.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="611"/>
        <source>This claim repeats the open claim {0}.</source>
        <translation>Bu reklamasiya açıq reklamasiya {0} ilə təkrarlanır.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="676"/>
        <source>Task done</source>
        <translation>Tapşırıq icra olundu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="677"/>
        <source>What came out of it:</source>
        <translation>Nəticə nə oldu:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="693"/>
        <source>Attach files</source>
        <translation>Faylları qoş</translation>
    </message>
</context>
<context>
    <name>ClaimsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="58"/>
        <source>Claims</source>
        <translation>Reklamasiyalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="68"/>
        <source>All statuses</source>
        <translation>Bütün statuslar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="69"/>
        <source>Open (not resolved or rejected)</source>
        <translation>Açıq (həll/rədd edilməmiş)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="72"/>
        <source>All reasons</source>
        <translation>Bütün səbəblər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="73"/>
        <source>All departments</source>
        <translation>Bütün şöbələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="74"/>
        <source>Anyone responsible</source>
        <translation>İstənilən məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="75"/>
        <source>All clients</source>
        <translation>Bütün kontragentlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="76"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Yalnız vaxtı keçənlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="82"/>
        <source>Number, client or essence…</source>
        <translation>Nömrə, kontragent və ya mahiyyət…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="84"/>
        <source>&amp;New claim…</source>
        <translation>Yeni &amp;reklamasiya…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="88"/>
        <source>&amp;Export…</source>
        <translation>İ&amp;xrac…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="91"/>
        <source>&amp;Reasons…</source>
        <translation>&amp;Səbəblər…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="96"/>
        <source>From</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="98"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="166"/>
        <source>(any)</source>
        <translation>(istənilən)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="228"/>
        <source>{0} claims, {1} open, {2} overdue</source>
        <translation>{0} reklamasiya, {1} açıq, {2} vaxtı keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="300"/>
        <source>Export claims</source>
        <translation>Reklamasiyaların ixracı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="301"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="306"/>
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="314"/>
        <source>{0} claims exported to {1}</source>
        <translation>{0} reklamasiya {1} faylına ixrac edildi</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="99"/>
        <source>New client</source>
        <translation>Yeni kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="120"/>
        <source>Change history</source>
        <translation>Dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="133"/>
        <source>New c&amp;laim…</source>
        <translation>Yeni re&amp;klamasiya…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="100"/>
        <source>Contacts</source>
        <translation>Əlaqələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="124"/>
        <source>Contact {0}</source>
        <translation>Əlaqə {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/custom.py" line="37"/>
        <source>No custom fields yet. An administrator adds them in Settings → Custom fields.</source>
        <translation>Hələ əlavə sahə yoxdur. Administrator onları Ayarlar → Əlavə sahələr menyusunda əlavə edir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/custom.py" line="63"/>
        <source>Custom fields</source>
        <translation>Əlavə sahələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="40"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="40"/>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="41"/>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="42"/>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="44"/>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="45"/>
        <source>Deal</source>
        <translation>Sövdələşmə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="46"/>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="59"/>
        <source>Kept beside similar clients:</source>
        <translation>Oxşar kontragentlərin yanında saxlanılıb:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="67"/>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="78"/>
        <source>(nobody)</source>
        <translation>(heç kim)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="83"/>
        <source>VIP, wholesale</source>
        <translation>VIP, topdan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="95"/>
        <source>One phone a line, e.g. +7 727 250 10 20</source>
        <translation>Hər sətirdə bir telefon, məs. +994 12 493 10 20</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="98"/>
        <source>One e-mail a line</source>
        <translation>Hər sətirdə bir e-poçt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="103"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="202"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="104"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="188"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="203"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="105"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="204"/>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="107"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="212"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="108"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="213"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="109"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="110"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="214"/>
        <source>Tags</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="111"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="189"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="207"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="112"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="208"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="113"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="209"/>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="114"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="210"/>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="115"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="190"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="52"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="215"/>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="116"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="191"/>
        <source>Office phones</source>
        <translation>Ofis telefonları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="117"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="192"/>
        <source>Office e-mails</source>
        <translation>Ofis e-poçtları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="123"/>
        <source>Probable typo: {0} mixes Latin and Cyrillic letters</source>
        <translation>Ehtimal olunan yazı səhvi: {0} daxilində latın və kiril hərfləri qarışıqdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="135"/>
        <source>Main</source>
        <translation>Əsas</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="48"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="217"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="50"/>
        <source>Attachments</source>
        <translation>Qoşmalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="59"/>
        <source>Attach a file…</source>
        <translation>Fayl qoş…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="65"/>
        <source>Notes and attachments</source>
        <translation>Qeyd və qoşmalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="72"/>
        <source>Save the client first</source>
        <translation>Əvvəlcə kontragenti yadda saxlayın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="79"/>
        <source>Attach a file</source>
        <translation>Fayl qoş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="103"/>
        <source>The file is missing from the attachment store</source>
        <translation>Fayl qoşmalar anbarında yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="38"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="86"/>
        <source>Partner</source>
        <translation>Tərəfdaş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="39"/>
        <source>Relation</source>
        <translation>Əlaqə növü</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="40"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="42"/>
        <source>Link a partner…</source>
        <translation>Tərəfdaşla əlaqələndir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="45"/>
        <source>Remove link</source>
        <translation>Əlaqəni sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="55"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="113"/>
        <source>Relations</source>
        <translation>Tərəfdaşlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="75"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="85"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="92"/>
        <source>Link a partner</source>
        <translation>Tərəfdaşla əlaqələndir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="76"/>
        <source>Partner&apos;s name, tax ID or phone</source>
        <translation>Tərəfdaşın adı, VÖEN-i və ya telefonu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="82"/>
        <source>No client matches {0}</source>
        <translation>{0} sorğusuna uyğun kontragent yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="93"/>
        <source>Relation (e.g. branch of, dealer of)</source>
        <translation>Əlaqə növü (məs. filialı, dileri)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="41"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="127"/>
        <source>KPP</source>
        <translation>KPP</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="43"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="211"/>
        <source>Legal address</source>
        <translation>Hüquqi ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="44"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="216"/>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="46"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="128"/>
        <source>Bank accounts</source>
        <translation>Bank hesabları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="50"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="51"/>
        <source>Account / IBAN</source>
        <translation>Hesab / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="52"/>
        <source>BIC</source>
        <translation>Bank kodu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="53"/>
        <source>Default</source>
        <translation>Əsas</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="57"/>
        <source>Add account</source>
        <translation>Hesab əlavə et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="60"/>
        <source>Remove account</source>
        <translation>Hesabı sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="76"/>
        <source>Requisites</source>
        <translation>Rekvizitlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="205"/>
        <source>Tax ID</source>
        <translation>VÖEN</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="201"/>
        <source>Client ID</source>
        <translation>Kontragent ID</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="206"/>
        <source>KPP (Russia)</source>
        <translation>KPP (Rusiya)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="220"/>
        <source>Contact</source>
        <translation>Əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="222"/>
        <source>Contact phones</source>
        <translation>Əlaqə şəxsinin telefonları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="223"/>
        <source>Contact e-mails</source>
        <translation>Əlaqə şəxsinin e-poçtu</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="61"/>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="151"/>
        <source>Import clients</source>
        <translation>Kontragentlərin idxalı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Client name</source>
        <translation>Kontragentin adı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Tax ID</source>
        <translation>VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>KPP</source>
        <translation>KPP</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Legal address</source>
        <translation>Hüquqi ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Tags</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Office phone</source>
        <translation>Ofis telefonu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Office e-mail</source>
        <translation>Ofis e-poçtu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Contact: full name</source>
        <translation>Əlaqə: tam adı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: first name</source>
        <translation>Əlaqə: adı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: middle name</source>
        <translation>Əlaqə: ata adı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: last name</source>
        <translation>Əlaqə: soyadı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: position</source>
        <translation>Əlaqə: vəzifəsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="78"/>
        <source>Contact: phone</source>
        <translation>Əlaqə: telefonu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="79"/>
        <source>Contact: e-mail</source>
        <translation>Əlaqə: e-poçtu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Contact: birthday</source>
        <translation>Əlaqə: doğum günü</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Contact: primary</source>
        <translation>Əlaqə: əsas</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="81"/>
        <source>Client ID (groups rows)</source>
        <translation>Kontragent ID (sətirləri qruplaşdırır)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="83"/>
        <source>Choose a file…</source>
        <translation>Fayl seç…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="86"/>
        <source>CSV, Excel (XLSX) or vCard (VCF)</source>
        <translation>CSV, Excel (XLSX) və ya vCard (VCF)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="96"/>
        <source>Skip rows of existing clients</source>
        <translation>Mövcud kontragentlərin sətirlərini keç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="97"/>
        <source>Update existing clients</source>
        <translation>Mövcud kontragentləri yenilə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="98"/>
        <source>Create anyway (recorded)</source>
        <translation>Hər halda yarat (qeyd olunur)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="99"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Bəzi sətirlərdə problem olsa da, düzgün sətirləri idxal et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="105"/>
        <source>&amp;Import</source>
        <translation>İ&amp;dxal et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="109"/>
        <source>Cancel import</source>
        <translation>İdxalı dayandır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="116"/>
        <source>Save the report…</source>
        <translation>Hesabatı yadda saxla…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="119"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="126"/>
        <source>Duplicates:</source>
        <translation>Dublikatlar:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="139"/>
        <source>Choose what each column holds:</source>
        <translation>Hər sütunda nə olduğunu seçin:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="152"/>
        <source>Clients (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>Kontragentlər (*.csv *.xlsx *.vcf);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="170"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} sətir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="183"/>
        <source>— skip —</source>
        <translation>— keç —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="238"/>
        <source>Importing…</source>
        <translation>İdxal edilir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="246"/>
        <source>Imported: {0} clients created, {1} updated, {2} skipped as duplicates, {3} contact persons.</source>
        <translation>İdxal edildi: {0} kontragent yaradıldı, {1} yeniləndi, {2} dublikat kimi keçildi, {3} əlaqə şəxsi.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="254"/>
        <source>{0} of {1} rows have problems; nothing was imported. Fix the file, or accept a partial import.</source>
        <translation>{0} / {1} sətirdə problem var; heç nə idxal edilmədi. Faylı düzəldin və ya qismən idxala icazə verin.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="258"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>İdxal dayandırıldı; heç nə idxal edilmədi.</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="45"/>
        <source>Choose a client: a day&apos;s client, an event or search</source>
        <translation>Kontragent seçin: günün kontragentlərindən, hadisədən və ya axtarışla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="50"/>
        <source>&amp;Call</source>
        <translation>&amp;Zəng et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="51"/>
        <source>&amp;New event</source>
        <translation>&amp;Yeni hadisə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="52"/>
        <source>Client &amp;card</source>
        <translation>Kontragentin kar&amp;tı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="53"/>
        <source>E&amp;vents</source>
        <translation>Hadi&amp;sələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="54"/>
        <source>&amp;Price</source>
        <translation>&amp;Qiymətlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="55"/>
        <source>Quick quote for this client</source>
        <translation>Bu kontragent üçün sürətli kommersiya təklifi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="63"/>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="71"/>
        <source>Client since</source>
        <translation>Əməkdaşlıq başlayıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="72"/>
        <source>Deals</source>
        <translation>Sövdələşmələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="73"/>
        <source>Average check</source>
        <translation>Orta çek</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="74"/>
        <source>Total sales</source>
        <translation>Satışların cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="75"/>
        <source>Debt</source>
        <translation>Borc</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="87"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="114"/>
        <source>Contact person</source>
        <translation>Əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="89"/>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="90"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="91"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="92"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="93"/>
        <source>Local time</source>
        <translation>Yerli vaxt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="94"/>
        <source>Time zone unknown</source>
        <translation>Saat qurşağı bilinmir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="100"/>
        <source>All types</source>
        <translation>Bütün tiplər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>All time</source>
        <translation>Bütün dövr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Last 90 days</source>
        <translation>Son 90 gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Last year</source>
        <translation>Son il</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="111"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="112"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="113"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="128"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="115"/>
        <source>Content</source>
        <translation>Məzmun</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="117"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="130"/>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="139"/>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="140"/>
        <source>Finance</source>
        <translation>Maliyyə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="160"/>
        <source>The earlier of the first deal and the first document; without either, the day the client was added.</source>
        <translation>İlk sövdələşmənin və ilk sənədin tarixlərindən ən erkəni; hər ikisi yoxdursa, kontragentin əlavə edildiyi gün.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="162"/>
        <source>Every deal with the client: open, won and lost. Every sale belongs to a deal.</source>
        <translation>Kontragentlə bütün sövdələşmələr: açıq, qazanılmış və itirilmiş. Hər satış bir sövdələşməyə aiddir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="164"/>
        <source>Total sales divided by the number of sales (invoices paid in full); a dash while there is none.</source>
        <translation>Satışların cəmi, satışların sayına bölünmüş (tam ödənilmiş hesab-fakturalar); satış olmayanda tire.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="166"/>
        <source>The sum of the client&apos;s sales: invoices paid in full, in the client&apos;s currency.</source>
        <translation>Kontragentin satışlarının cəmi: tam ödənilmiş hesab-fakturalar, kontragentin valyutasında.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="168"/>
        <source>Issued invoices (neither drafts nor cancelled) minus every payment received, in the client&apos;s currency; negative is an advance.</source>
        <translation>Təqdim edilmiş hesab-fakturalardan (qaralamalar və ləğv edilmişlər istisna) alınmış bütün ödənişlər çıxılır, kontragentin valyutasında; mənfi dəyər avansdır.</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Tax ID</source>
        <translation>VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Since</source>
        <translation>Nə vaxtdan</translation>
    </message>
</context>
<context>
    <name>ClientsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="149"/>
        <source>Clients</source>
        <translation>Kontragentlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="155"/>
        <source>Name, tax ID, phone, e-mail…</source>
        <translation>Ad, VÖEN, telefon, e-poçt…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="167"/>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="168"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="169"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="170"/>
        <source>Custom field</source>
        <translation>Əlavə sahə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="175"/>
        <source>value</source>
        <translation>dəyər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="178"/>
        <source>Save as segment…</source>
        <translation>Seqment kimi yadda saxla…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="203"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Yeni tərəfdaş…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="205"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="206"/>
        <source>&amp;Merge two…</source>
        <translation>İkisini &amp;birləşdir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="208"/>
        <source>&amp;Import…</source>
        <translation>İ&amp;dxal…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="210"/>
        <source>&amp;Export…</source>
        <translation>İ&amp;xrac…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="226"/>
        <source>Segment</source>
        <translation>Seqment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="257"/>
        <source>Status: all</source>
        <translation>Status: hamısı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="271"/>
        <source>Tag: all</source>
        <translation>Etiket: hamısı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="273"/>
        <source>Responsible: all</source>
        <translation>Məsul şəxs: hamısı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="274"/>
        <source>Region: all</source>
        <translation>Region: hamısı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="275"/>
        <source>(custom field)</source>
        <translation>(əlavə sahə)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="280"/>
        <source>(no segment)</source>
        <translation>(seqmentsiz)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="292"/>
        <source>(all)</source>
        <translation>(hamısı)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="311"/>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="336"/>
        <source>Save as segment</source>
        <translation>Seqment kimi yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="336"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="349"/>
        <source>{0} clients</source>
        <translation>{0} kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="398"/>
        <source>Select exactly two clients to merge</source>
        <translation>Birləşdirmək üçün düz iki kontragent seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="412"/>
        <source>Export clients</source>
        <translation>Kontragentlərin ixracı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="413"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="418"/>
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="422"/>
        <source>{0} rows written to {1}</source>
        <translation>{0} sətir {1} faylına yazıldı</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="54"/>
        <source>Company settings</source>
        <translation>Şirkət ayarları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="69"/>
        <source>Legal name</source>
        <translation>Hüquqi ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="70"/>
        <source>Short name</source>
        <translation>Qısa ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="71"/>
        <source>Country (code)</source>
        <translation>Ölkə (kod)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="72"/>
        <source>Tax ID</source>
        <translation>VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="72"/>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="73"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="73"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="74"/>
        <source>Director</source>
        <translation>Direktor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="75"/>
        <source>Chief accountant</source>
        <translation>Baş mühasib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="76"/>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="174"/>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="77"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="78"/>
        <source>Account / IBAN</source>
        <translation>Hesab / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="78"/>
        <source>BIC</source>
        <translation>Bank kodu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="79"/>
        <source>Device code for numbers (offline laptops)</source>
        <translation>Nömrələr üçün cihaz kodu (şəbəkəsiz noutbuklar)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="86"/>
        <source>Prices include VAT</source>
        <translation>Qiymətlərə ƏDV daxildir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="88"/>
        <source>Send documents without the last look (straight to the outbox)</source>
        <translation>Sənədləri son baxışsız göndər (birbaşa göndəriləcəklərə)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="92"/>
        <source>VAT %</source>
        <translation>ƏDV %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="100"/>
        <source>Stamp</source>
        <translation>Möhür</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="101"/>
        <source>Director&apos;s signature</source>
        <translation>Direktorun imzası</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="102"/>
        <source>Accountant&apos;s signature</source>
        <translation>Mühasibin imzası</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="103"/>
        <source>Logo</source>
        <translation>Loqo</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="104"/>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="223"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="134"/>
        <source>Save this template</source>
        <translation>Bu şablonu yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="137"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="138"/>
        <source>Purpose</source>
        <translation>Təyinat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="139"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="141"/>
        <source>Placeholders: </source>
        <translation>Əvəzlənənlər: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="152"/>
        <source>Requisites</source>
        <translation>Rekvizitlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="153"/>
        <source>Stamp and signatures</source>
        <translation>Möhür və imzalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="154"/>
        <source>Exchange rates</source>
        <translation>Valyuta məzənnələri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="155"/>
        <source>E-mail templates</source>
        <translation>E-poçt şablonları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="168"/>
        <source>How many {0} one unit of each currency is worth (1 USD = … {0}). Quotes for clients paying in another currency convert prices at these rates.</source>
        <translation>Hər valyutanın bir vahidi neçə {0} dəyərindədir (1 USD = … {0}). Başqa valyutada ödəyən kontragentlər üçün kommersiya təkliflərində qiymətlər bu məzənnələrlə çevrilir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="175"/>
        <source>Rate, {0}</source>
        <translation>Məzənnə, {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="180"/>
        <source>Add a rate</source>
        <translation>Məzənnə əlavə et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="183"/>
        <source>Remove the rate</source>
        <translation>Məzənnəni sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="229"/>
        <source>Image</source>
        <translation>Şəkil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="230"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Şəkillər (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="92"/>
        <source>value (a list: a, b, c)</source>
        <translation>dəyər (siyahı: a, b, c)</translation>
    </message>
</context>
<context>
    <name>ConflictBadge</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/badge.py" line="28"/>
        <source>A sync did not keep a value of this client: open the conflict inbox</source>
        <translation>Sinxronizasiya bu kontragentin dəyərini saxlamadı: konfliktlər siyahısını açın</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/badge.py" line="46"/>
        <source>⚠ %n open sync conflict(s)</source>
        <translation>
            <numerusform>⚠ %n açıq sinxronizasiya konflikti</numerusform>
            <numerusform>⚠ %n açıq sinxronizasiya konflikti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="56"/>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="57"/>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="66"/>
        <source>Sync conflicts</source>
        <translation>Sinxronizasiya konfliktləri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="68"/>
        <source>Values a sync did not keep. Keep theirs leaves the record as it is; Take mine writes your value back (it is sent at the next sync).</source>
        <translation>Sinxronizasiyanın saxlamadığı dəyərlər. «Onlarınkını saxla» qeydi olduğu kimi saxlayır; «Mənimkini götür» sizin dəyərinizi geri yazır (o, növbəti sinxronizasiyada göndərilir).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Now (theirs)</source>
        <translation>İndi (onlarınkı)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Lost (mine)</source>
        <translation>İtirilib (mənimki)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Kept by</source>
        <translation>Saxlayan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="77"/>
        <source>Lost by</source>
        <translation>İtirən</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="84"/>
        <source>Keep theirs</source>
        <translation>Onlarınkını saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="86"/>
        <source>Take mine</source>
        <translation>Mənimkini götür</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="104"/>
        <source>changed later elsewhere</source>
        <translation>sonradan başqa yerdə dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="105"/>
        <source>deleted elsewhere</source>
        <translation>başqa yerdə silinib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="106"/>
        <source>protected (issued or won)</source>
        <translation>qorunur (təqdim edilib və ya qazanılıb)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="107"/>
        <source>not allowed</source>
        <translation>icazə verilmir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="111"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="111"/>
        <source>Contact</source>
        <translation>Əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="112"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="112"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="113"/>
        <source>Deal</source>
        <translation>Sövdələşmə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="113"/>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="114"/>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="115"/>
        <source>Document line</source>
        <translation>Sənəd sətri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="116"/>
        <source>Payment</source>
        <translation>Ödəniş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="116"/>
        <source>Order</source>
        <translation>Sifariş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="117"/>
        <source>number</source>
        <translation>nömrə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="117"/>
        <source>number (international)</source>
        <translation>nömrə (beynəlxalq)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="118"/>
        <source>address</source>
        <translation>ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="118"/>
        <source>city</source>
        <translation>şəhər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="119"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="119"/>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="120"/>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="120"/>
        <source>position</source>
        <translation>vəzifə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="121"/>
        <source>amount</source>
        <translation>məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="121"/>
        <source>total</source>
        <translation>cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="122"/>
        <source>price</source>
        <translation>qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="122"/>
        <source>subject</source>
        <translation>mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="123"/>
        <source>result</source>
        <translation>nəticə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="123"/>
        <source>notes</source>
        <translation>qeydlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="124"/>
        <source>deleted</source>
        <translation>silinib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="124"/>
        <source>new record</source>
        <translation>yeni qeyd</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="39"/>
        <source>Add contact</source>
        <translation>Əlaqə əlavə et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="41"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="57"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="225"/>
        <source>Primary contact</source>
        <translation>Əsas əlaqə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="61"/>
        <source>One phone a line, e.g. mobile: +7 701 123 45 67</source>
        <translation>Hər sətirdə bir telefon, məs. mobile: +994 50 123 45 67</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="64"/>
        <source>One e-mail a line</source>
        <translation>Hər sətirdə bir e-poçt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="72"/>
        <source>Link a person…</source>
        <translation>Şəxsi əlaqələndir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="75"/>
        <source>Remove link</source>
        <translation>Əlaqəni sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="83"/>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="84"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="221"/>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="85"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="224"/>
        <source>Birthday</source>
        <translation>Doğum günü</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="218"/>
        <source>Phones</source>
        <translation>Telefonlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="88"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="219"/>
        <source>E-mails</source>
        <translation>E-poçtlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="89"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="90"/>
        <source>Related persons</source>
        <translation>Əlaqəli şəxslər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="167"/>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="177"/>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="181"/>
        <source>Link a person</source>
        <translation>Şəxsi əlaqələndir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="168"/>
        <source>Person&apos;s or client&apos;s name, phone…</source>
        <translation>Şəxsin və ya kontragentin adı, telefon…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="174"/>
        <source>No person matches {0}</source>
        <translation>{0} sorğusuna uyğun şəxs yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="177"/>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="182"/>
        <source>Relation (e.g. reports to, spouse)</source>
        <translation>Əlaqə növü (məs. tabedir, həyat yoldaşı)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="33"/>
        <source>Custom fields of the client card</source>
        <translation>Kontragent kartının əlavə sahələri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Key</source>
        <translation>Açar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Label</source>
        <translation>Görünən ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="39"/>
        <source>Choices (comma-separated)</source>
        <translation>Variantlar (vergüllə)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="43"/>
        <source>Add field</source>
        <translation>Sahə əlavə et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="46"/>
        <source>Remove field</source>
        <translation>Sahəni sil</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="68"/>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="77"/>
        <source>Dashboard</source>
        <translation>Göstəricilər paneli</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="118"/>
        <source>Refreshing…</source>
        <translation>Yenilənir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="149"/>
        <source>Updated {0}</source>
        <translation>Yeniləndi: {0}</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="75"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="81"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="89"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="76"/>
        <source>Next event</source>
        <translation>Növbəti hadisə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="77"/>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="80"/>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="82"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="90"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="83"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="91"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="88"/>
        <source>Due</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="109"/>
        <source>Clients of the day</source>
        <translation>Günün kontragentləri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="110"/>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="111"/>
        <source>Overdue</source>
        <translation>Vaxtı keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="130"/>
        <source>Events on {0}: {1}</source>
        <translation>{0} tarixinə hadisələr: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="143"/>
        <source>Overdue: {0}</source>
        <translation>Vaxtı keçib: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="147"/>
        <source>Overdue ({0})</source>
        <translation>Vaxtı keçmiş ({0})</translation>
    </message>
</context>
<context>
    <name>DealCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="91"/>
        <source>Deal: {0}</source>
        <translation>Sövdələşmə: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="102"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="128"/>
        <source>(not set)</source>
        <translation>(təyin olunmayıb)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="132"/>
        <source>(nobody)</source>
        <translation>(heç kim)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="137"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="138"/>
        <source>&amp;Title</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="139"/>
        <source>C&amp;ontact</source>
        <translation>Ə&amp;laqə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="140"/>
        <source>Pipeline</source>
        <translation>Satış qıfı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="141"/>
        <source>&amp;Stage</source>
        <translation>Mər&amp;hələ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="142"/>
        <source>&amp;Amount</source>
        <translation>&amp;Məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="145"/>
        <source>&amp;Probability</source>
        <translation>&amp;Ehtimal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="146"/>
        <source>&amp;Expected close</source>
        <translation>Gözlənilən &amp;bağlanma</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="147"/>
        <source>&amp;Responsible</source>
        <translation>Məsul şə&amp;xs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="148"/>
        <source>So&amp;urce</source>
        <translation>Mə&amp;nbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="150"/>
        <source>Lost because</source>
        <translation>İtirilmə səbəbi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="157"/>
        <source>&amp;Quote…</source>
        <translation>&amp;Təklif…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Price</source>
        <translation>Qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Discount</source>
        <translation>Endirim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="173"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="180"/>
        <source>From {0}: net {1}, VAT {2}, total {3}</source>
        <translation>{0} üzrə: ƏDV-siz {1}, ƏDV {2}, cəmi {3}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="184"/>
        <source>Products</source>
        <translation>Məhsullar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="188"/>
        <source>Quotes and invoices</source>
        <translation>Təkliflər və hesab-fakturalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Order</source>
        <translation>Sifariş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Due</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="203"/>
        <source>Orders ({0})</source>
        <translation>Sifarişlər ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="204"/>
        <source>Orders</source>
        <translation>Sifarişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="211"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="208"/>
        <source>Events and e-mails</source>
        <translation>Hadisələr və məktublar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="211"/>
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="217"/>
        <source>Add comment</source>
        <translation>Şərh əlavə et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="222"/>
        <source>Comments</source>
        <translation>Şərhlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>From</source>
        <translation>Əvvəl</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>To</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="225"/>
        <source>Days in previous</source>
        <translation>Əvvəlki mərhələdə gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="229"/>
        <source>Stage history</source>
        <translation>Mərhələlər tarixçəsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="244"/>
        <source>The amount is not a number</source>
        <translation>Məbləğ rəqəm deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="296"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>«{0}» mərhələsinə keçirildi, lakin: {1}</translation>
    </message>
</context>
<context>
    <name>DealsBoard</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="219"/>
        <source>{0} d in stage</source>
        <translation>Mərhələdə {0} gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="224"/>
        <source>next: {0}</source>
        <translation>növbəti: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="229"/>
        <source>close date passed</source>
        <translation>bağlanma tarixi keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="304"/>
        <source>Deals</source>
        <translation>Sövdələşmələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="352"/>
        <source>Pipeline</source>
        <translation>Satış qıfı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="355"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="358"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="361"/>
        <source>Hot or cold</source>
        <translation>İsti və ya soyuq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="362"/>
        <source>Hot and cold</source>
        <translation>İsti və soyuq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="363"/>
        <source>Hot (≥ {0} %)</source>
        <translation>İsti (≥ {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="364"/>
        <source>Cold (&lt; {0} %)</source>
        <translation>Soyuq (&lt; {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="367"/>
        <source>Won and lost in</source>
        <translation>Qazanılan və itirilən:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="368"/>
        <source>Closed: 7 days</source>
        <translation>Bağlanan: 7 gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="368"/>
        <source>Closed: 30 days</source>
        <translation>Bağlanan: 30 gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="369"/>
        <source>Closed: 90 days</source>
        <translation>Bağlanan: 90 gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="369"/>
        <source>Closed: a year</source>
        <translation>Bağlanan: bir il</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="374"/>
        <location filename="../../crm_desktop/ui/deals/board.py" line="375"/>
        <source>Amount from</source>
        <translation>Min. məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="379"/>
        <source>Client…</source>
        <translation>Kontragent…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="380"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="382"/>
        <source>&amp;List</source>
        <translation>&amp;Siyahı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="385"/>
        <source>&amp;Stages…</source>
        <translation>&amp;Mərhələlər…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="424"/>
        <source>Everyone</source>
        <translation>Hamı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="425"/>
        <source>Mine</source>
        <translation>Mənimkilər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="434"/>
        <source>Any source</source>
        <translation>İstənilən mənbə</translation>
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
        <translation>(+{0} məzənnəsiz)</translation>
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
        <translation>mərhələ {0}, {1} gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="596"/>
        <source>responsible {0}</source>
        <translation>məsul şəxs: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="598"/>
        <source>next: {0} on {1}</source>
        <translation>növbəti: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="602"/>
        <source>overdue</source>
        <translation>vaxtı keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="628"/>
        <source>Open the deal card</source>
        <translation>Sövdələşmə kartını aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="629"/>
        <source>Next stage	Ctrl+Right</source>
        <translation>Növbəti mərhələ	Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="630"/>
        <source>Previous stage	Ctrl+Left</source>
        <translation>Əvvəlki mərhələ	Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="631"/>
        <source>Move to</source>
        <translation>Mərhələyə keçir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="664"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>«{0}» mərhələsinə keçirildi, lakin: {1}</translation>
    </message>
</context>
<context>
    <name>DealsListWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="39"/>
        <source>Deals — list</source>
        <translation>Sövdələşmələr — siyahı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="43"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="44"/>
        <source>Deal</source>
        <translation>Sövdələşmə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="45"/>
        <source>Stage</source>
        <translation>Mərhələ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="46"/>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="48"/>
        <source>Probability</source>
        <translation>Ehtimal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="50"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="51"/>
        <source>Expected close</source>
        <translation>Gözlənilən bağlanma</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="53"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="54"/>
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="67"/>
        <source>&amp;Export…</source>
        <translation>İ&amp;xrac…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="99"/>
        <source>{0} deals</source>
        <translation>{0} sövdələşmə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="100"/>
        <source>The first {0} deals (the export writes all)</source>
        <translation>İlk {0} sövdələşmə (ixrac hamısını yazır)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="110"/>
        <source>Export deals</source>
        <translation>Sövdələşmələrin ixracı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="111"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="125"/>
        <source>{0} deals written to {1}</source>
        <translation>{0} sövdələşmə {1} faylına yazıldı</translation>
    </message>
</context>
<context>
    <name>DeskClaims</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="53"/>
        <source>New &amp;claim…</source>
        <translation>Yeni &amp;reklamasiya…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="65"/>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="84"/>
        <source>Claims</source>
        <translation>Reklamasiyalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="84"/>
        <source>Claims ({0})</source>
        <translation>Reklamasiyalar ({0})</translation>
    </message>
</context>
<context>
    <name>DeskOrders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="76"/>
        <source>Due</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="81"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="82"/>
        <source>Order</source>
        <translation>Sifariş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="84"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="96"/>
        <source>Overdue orders</source>
        <translation>Vaxtı keçmiş sifarişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="102"/>
        <source>Deal</source>
        <translation>Sövdələşmə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="103"/>
        <source>Stage</source>
        <translation>Mərhələ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="104"/>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="106"/>
        <source>Expected close</source>
        <translation>Gözlənilən bağlanma</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="109"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="126"/>
        <source>Deals and orders</source>
        <translation>Sövdələşmələr və sifarişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="156"/>
        <source>Overdue orders: {0}</source>
        <translation>Vaxtı keçmiş sifarişlər: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="160"/>
        <source>Orders ({0})</source>
        <translation>Sifarişlər ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="185"/>
        <source>Deals and orders ({0}/{1})</source>
        <translation>Sövdələşmələr və sifarişlər ({0}/{1})</translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="191"/>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="195"/>
        <source>Call</source>
        <translation>Zəng</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="192"/>
        <source>This contact person has no phone number.</source>
        <translation>Bu əlaqə şəxsinin telefon nömrəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="196"/>
        <source>No program on this computer makes calls for {0} links. Install a softphone or choose another link type in the settings.</source>
        <translation>Bu kompüterdə {0} keçidləri ilə zəng edən proqram yoxdur. Softfon quraşdırın və ya ayarlarda başqa keçid növü seçin.</translation>
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
        <translation>{0} sətir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="120"/>
        <source>Number / subject</source>
        <translation>Nömrə / mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="121"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="122"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="123"/>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="126"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="740"/>
        <source>Dry run: {rule}</source>
        <translation>Sınaq icrası: «{rule}» qaydası</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="743"/>
        <source>{matched} of the {checked} records checked would match. Nothing was changed.</source>
        <translation>Yoxlanılan {checked} qeyddən {matched} uyğun gələrdi. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="750"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="750"/>
        <source>What would happen</source>
        <translation>Nə baş verərdi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="761"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="57"/>
        <source>Possible duplicate</source>
        <translation>Mümkün dublikat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="62"/>
        <source>These clients look like the one you are saving. Open the existing one, or save anyway (your decision is recorded).</source>
        <translation>Bu kontragentlər saxladığınız kontragentə oxşayır. Mövcud olanı açın və ya hər halda yadda saxlayın (qərarınız qeydə alınır).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="70"/>
        <source>Open existing</source>
        <translation>Mövcudu aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="73"/>
        <source>Save anyway</source>
        <translation>Hər halda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="75"/>
        <source>Back to the card</source>
        <translation>Karta qayıt</translation>
    </message>
</context>
<context>
    <name>EmailComposerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="42"/>
        <source>E-mail — {0}</source>
        <translation>Məktub — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="43"/>
        <source> (draft)</source>
        <translation> (qaralama)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="51"/>
        <source>Add a contact&apos;s address…</source>
        <translation>Əlaqənin ünvanını əlavə et…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="64"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="68"/>
        <source>Attachment: {0} ({1} KB)</source>
        <translation>Qoşma: {0} ({1} KB)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="73"/>
        <source>&amp;Send</source>
        <translation>&amp;Göndər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="76"/>
        <source>Save &amp;draft</source>
        <translation>&amp;Qaralamanı saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="84"/>
        <source>To</source>
        <translation>Kimə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="85"/>
        <source>Cc</source>
        <translation>Surət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="86"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="66"/>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="66"/>
        <source>New event</source>
        <translation>Yeni hadisə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="89"/>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="103"/>
        <source>(inactive user)</source>
        <translation>(qeyri-aktiv istifadəçi)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="117"/>
        <source>No client (a task of your own)</source>
        <translation>Kontragentsiz (öz tapşırığınız)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="119"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="120"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="121"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="122"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="123"/>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="124"/>
        <source>Duration</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="125"/>
        <source>Contact person</source>
        <translation>Əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="126"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="127"/>
        <source>Reminder</source>
        <translation>Xatırlatma</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="128"/>
        <source>Content</source>
        <translation>Məzmun</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="129"/>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="199"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="138"/>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Tamamla…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="141"/>
        <source>Cancel &amp;event</source>
        <translation>Hadisəni &amp;ləğv et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="149"/>
        <source>Save the event first</source>
        <translation>Əvvəlcə hadisəni yadda saxlayın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="150"/>
        <source>Only a planned event</source>
        <translation>Yalnız planlaşdırılmış hadisə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="157"/>
        <source>No reminder</source>
        <translation>Xatırlatma yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="159"/>
        <source>1 day before</source>
        <translation>1 gün əvvəl</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="161"/>
        <source>1 hour before</source>
        <translation>1 saat əvvəl</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="162"/>
        <source>{0} min before</source>
        <translation>{0} dəq əvvəl</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="198"/>
        <source>Complete the event</source>
        <translation>Hadisənin tamamlanması</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="204"/>
        <source>Next step</source>
        <translation>Növbəti addım</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="205"/>
        <source>Plan the next step with this client?</source>
        <translation>Bu kontragentlə növbəti addım planlaşdırılsın?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="238"/>
        <source>Cancel the event</source>
        <translation>Hadisənin ləğvi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="238"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
</context>
<context>
    <name>EventsReportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="41"/>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="45"/>
        <source>Today</source>
        <translation>Bu gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="46"/>
        <source>This week</source>
        <translation>Bu həftə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="47"/>
        <source>Overdue</source>
        <translation>Vaxtı keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="48"/>
        <source>Current client</source>
        <translation>Cari kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="49"/>
        <source>By type, last 90 days</source>
        <translation>Tip üzrə, son 90 gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="55"/>
        <source>E&amp;xport…</source>
        <translation>İ&amp;xrac…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="59"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="60"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="61"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="62"/>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="63"/>
        <source>Contact person</source>
        <translation>Əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="65"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="93"/>
        <source>{0} events</source>
        <translation>{0} hadisə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="101"/>
        <source>Export events</source>
        <translation>Hadisələrin ixracı</translation>
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
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="28"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="38"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="44"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="29"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="39"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="45"/>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="30"/>
        <source>Paid</source>
        <translation>Ödənilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="31"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="32"/>
        <source>Due</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="34"/>
        <source>Overdue</source>
        <translation>Vaxtı keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="41"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="47"/>
        <source>Invoice</source>
        <translation>Hesab-faktura</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="46"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="48"/>
        <source>Reference</source>
        <translation>Əsas</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="60"/>
        <source>Invoices for payment</source>
        <translation>Ödəniş üçün hesab-fakturalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="61"/>
        <source>Sales (shipments)</source>
        <translation>Satışlar (göndərişlər)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="62"/>
        <source>Payments received</source>
        <translation>Daxil olan ödənişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="72"/>
        <source>Register &amp;payment…</source>
        <translation>Ö&amp;dənişi qeydə al…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="79"/>
        <source>New &amp;claim on the invoice…</source>
        <translation>Hesab-faktura üzrə yeni &amp;reklamasiya…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="105"/>
        <source>Invoiced: {0}</source>
        <translation>Hesab-faktura yazılıb: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="107"/>
        <source>overdue invoices: {0}</source>
        <translation>vaxtı keçmiş hesab-fakturalar: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="109"/>
        <source>Shipped: {0}</source>
        <translation>Göndərilib: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="111"/>
        <source>Paid: {0}</source>
        <translation>Ödənilib: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="40"/>
        <source>Welcome to CRM Desktop</source>
        <translation>CRM Desktop-a xoş gəlmisiniz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="51"/>
        <source>This database is empty. Try the program on realistic demo data, or start with your own company.</source>
        <translation>Bu verilənlər bazası boşdur. Proqramı real görünüşlü demo məlumatlarla sınayın və ya öz şirkətinizlə başlayın.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="55"/>
        <source>Create demo data</source>
        <translation>Demo məlumatları yarat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="58"/>
        <source>Start with my company…</source>
        <translation>Öz şirkətimlə başla…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="86"/>
        <source>Company name</source>
        <translation>Şirkətin adı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="87"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="88"/>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="89"/>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="92"/>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="28"/>
        <source>Search clients, contacts, phones, e-mails, tax IDs, cities (Ctrl+K)</source>
        <translation>Kontragent, əlaqə, telefon, e-poçt, VÖEN, şəhər axtarışı (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="88"/>
        <source>tax ID {0}</source>
        <translation>VÖEN {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="103"/>
        <source>Nothing found for “{0}”</source>
        <translation>«{0}» üzrə heç nə tapılmadı</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="23"/>
        <source>Deal lost</source>
        <translation>Sövdələşmə itirildi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="30"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="33"/>
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="36"/>
        <source>Why was «{0}» lost?</source>
        <translation>«{0}» niyə itirildi?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="37"/>
        <source>&amp;Reason</source>
        <translation>&amp;Səbəb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="38"/>
        <source>&amp;Comment</source>
        <translation>Şə&amp;rh</translation>
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
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="80"/>
        <source>&amp;Backup now</source>
        <translation>&amp;Ehtiyat nüsxəni indi yarat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="85"/>
        <source>&amp;Restore from backup…</source>
        <translation>Ehtiyat nüsxədən &amp;bərpa et…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Göndəriləcəklər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="102"/>
        <source>Product &amp;catalogue</source>
        <translation>Məhsul &amp;kataloqu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Clients</source>
        <translation>K&amp;ontragentlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112"/>
        <source>&amp;Deals board</source>
        <translation>&amp;Sövdələşmələr lövhəsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Orders</source>
        <translation>S&amp;ifarişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="122"/>
        <source>C&amp;laims</source>
        <translation>&amp;Reklamasiyalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="126"/>
        <source>Dash&amp;board</source>
        <translation>Göstəricilər &amp;paneli</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Reports</source>
        <translation>&amp;Hesabatlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="139"/>
        <source>C&amp;lients</source>
        <translation>&amp;Kontragentlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="140"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Yeni tərəfdaş…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Import clients…</source>
        <translation>Kontragentlərin &amp;idxalı…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="150"/>
        <source>&amp;Export clients…</source>
        <translation>Kontragentlərin i&amp;xracı…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="154"/>
        <source>Mass &amp;mailing…</source>
        <translation>&amp;Kütləvi məktublar…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="160"/>
        <source>Custom &amp;fields…</source>
        <translation>Əlavə &amp;sahələr…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="164"/>
        <source>&amp;Automation rules…</source>
        <translation>Avtomatlaşdırma &amp;qaydaları…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Company…</source>
        <translation>Şi&amp;rkət…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Mail server…</source>
        <translation>&amp;Poçt serveri…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Telephony links</source>
        <translation>&amp;Telefoniya keçidləri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="190"/>
        <source>tel: (system default)</source>
        <translation>tel: (sistemdə standart)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="191"/>
        <source>sip: (SIP softphone)</source>
        <translation>sip: (SIP softfon)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="192"/>
        <source>callto: (Skype and others)</source>
        <translation>callto: (Skype və digərləri)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>Kö&amp;mək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="201"/>
        <source>&amp;About CRM Desktop</source>
        <translation>CRM Desktop &amp;haqqında</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="206"/>
        <source>Database: {0}</source>
        <translation>Verilənlər bazası: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="209"/>
        <source>User: {0}</source>
        <translation>İstifadəçi: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="215"/>
        <source>Read-only: nothing can be saved</source>
        <translation>Yalnız oxumaq üçün: heç nə saxlanıla bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="219"/>
        <source>The database is on a read-only disk or the file is not writable. You can look everything up; copy the file to a writable folder to work in it.</source>
        <translation>Verilənlər bazası yalnız oxunan diskdədir və ya fayla yazmaq olmur. Hər şeyə baxa bilərsiniz; işləmək üçün faylı yazıla bilən qovluğa köçürün.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="236"/>
        <source>Outbox: {0}</source>
        <translation>Göndəriləcəklər: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="238"/>
        <source>not delivered: {0}</source>
        <translation>çatdırılmayıb: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="241"/>
        <source>Mail that failed, was partly sent or may not have reached the server: View → Outbox</source>
        <translation>Göndərilməyən, qismən göndərilən və ya serverə çatmamış ola bilən məktublar: Görünüş → Göndəriləcəklər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="254"/>
        <source>Messages not delivered as they should: {0}. The outbox shows why; nothing is sent again without you.</source>
        <translation>Lazımi kimi çatdırılmayan məktublar: {0}. Səbəbi göndəriləcəklərdə görünür; sizsiz heç nə təkrar göndərilmir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="258"/>
        <source>Mail not delivered</source>
        <translation>Məktublar çatdırılmayıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="261"/>
        <source>Open the &amp;outbox</source>
        <translation>&amp;Göndəriləcəkləri aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="264"/>
        <source>Mail server &amp;settings…</source>
        <translation>Poçt serverinin &amp;ayarları…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="384"/>
        <source>Backing up…</source>
        <translation>Ehtiyat nüsxə yaradılır…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="387"/>
        <source>Backup saved to {0}</source>
        <translation>Ehtiyat nüsxə saxlanıldı: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="398"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="402"/>
        <source>Restore from backup</source>
        <translation>Ehtiyat nüsxədən bərpa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="399"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Ehtiyat nüsxələr (*.sqlite3);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="403"/>
        <source>Replace everything in {0} with the backup {1}? The current content is backed up first.</source>
        <translation>{0} məzmununun hamısı {1} ehtiyat nüsxəsi ilə əvəz olunsun? Cari məzmunun əvvəlcə ehtiyat nüsxəsi çıxarılır.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="419"/>
        <source>Restored from {0}; the previous content is in {1}</source>
        <translation>{0} nüsxəsindən bərpa olundu; əvvəlki məzmun {1} faylındadır</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/main_window.py" line="454"/>
        <source>Automation: %n date rule run(s) done</source>
        <translation>
            <numerusform>Avtomatlaşdırma: tarix qaydaları %n dəfə icra olundu</numerusform>
            <numerusform>Avtomatlaşdırma: tarix qaydaları %n dəfə icra olundu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="463"/>
        <source>The search index could not be built: {0}</source>
        <translation>Axtarış indeksi qurula bilmədi: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="470"/>
        <source>Daily backup saved to {0}</source>
        <translation>Gündəlik ehtiyat nüsxə saxlanıldı: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="476"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="477"/>
        <source>The database {0} is damaged ({1}). Keep working only to look things up, and restore the latest backup: File → Restore from backup….</source>
        <translation>{0} verilənlər bazası zədələnib ({1}). Onunla yalnız baxmaq üçün işləyin və son ehtiyat nüsxəni bərpa edin: Fayl → Ehtiyat nüsxədən bərpa et….</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="487"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="488"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>Yeni dil proqramın növbəti işə salınmasından tətbiq olunur.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="491"/>
        <source>About CRM Desktop</source>
        <translation>CRM Desktop haqqında</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="492"/>
        <source>CRM Desktop {0}
The sales desk for sales teams.
Database: {1}</source>
        <translation>CRM Desktop {0}
Satış komandaları üçün iş masası.
Verilənlər bazası: {1}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="64"/>
        <source>One of the clients no longer exists</source>
        <translation>Kontragentlərdən biri artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="77"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="179"/>
        <source>Merge two clients</source>
        <translation>İki kontragentin birləşdirilməsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="86"/>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="86"/>
        <source>Legal address</source>
        <translation>Hüquqi ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="88"/>
        <source>Tax ID</source>
        <translation>VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="88"/>
        <source>KPP (Russia)</source>
        <translation>KPP (Rusiya)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="89"/>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="89"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="92"/>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saxla&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="109"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="160"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="117"/>
        <source>Contacts, events, deals, documents, payments and attachments of both move to the client you keep. The other is kept as merged, so later imports meet the survivor.</source>
        <translation>Hər ikisinin əlaqələri, hadisələri, sövdələşmələri, sənədləri, ödənişləri və qoşmaları saxlanan kontragentə keçir. Digəri birləşdirilmiş kimi saxlanılır ki, sonrakı idxallar qalan kontragenti tapsın.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="130"/>
        <source>Merge</source>
        <translation>Birləşdir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="146"/>
        <source>Different tax IDs: {0} and {1}. These may be two different companies.</source>
        <translation>Fərqli VÖEN-lər: {0} və {1}. Bunlar iki müxtəlif şirkət ola bilər.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="149"/>
        <source>Different legal forms: {0} and {1}.</source>
        <translation>Fərqli təşkilati-hüquqi formalar: {0} və {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="152"/>
        <source>{0} brings {1} deals, {2} documents, {3} events.</source>
        <translation>{0} özü ilə {1} sövdələşmə, {2} sənəd, {3} hadisə gətirir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="167"/>
        <source>Merge {0} into {1}? This cannot be undone from here.</source>
        <translation>{0} kontragenti {1} kontragentinə birləşdirilsin? Bunu buradan geri qaytarmaq olmaz.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="38"/>
        <source>New user</source>
        <translation>Yeni istifadəçi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="46"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="47"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="48"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="49"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="50"/>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="94"/>
        <source>Find the client…</source>
        <translation>Kontragenti tapın…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="107"/>
        <source>(not set)</source>
        <translation>(təyin olunmayıb)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="114"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="115"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="116"/>
        <source>C&amp;ontact</source>
        <translation>Ə&amp;laqə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="117"/>
        <source>&amp;Due date</source>
        <translation>&amp;Son tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="118"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="119"/>
        <source>Co&amp;mment</source>
        <translation>Şə&amp;rh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="125"/>
        <source>E-mail the client about the new status</source>
        <translation>Yeni status barədə kontragentə e-poçtla bildir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="135"/>
        <source>&amp;Lines</source>
        <translation>Sə&amp;tirlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Shipped on</source>
        <translation>Göndərilmə tarixi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="140"/>
        <source>Record &amp;shipment of what is left</source>
        <translation>Qalanın &amp;göndərişini qeyd et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="145"/>
        <source>S&amp;hipments</source>
        <translation>Gö&amp;ndərişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>From</source>
        <translation>Əvvəl</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>To</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="148"/>
        <source>Histor&amp;y</source>
        <translation>Tari&amp;xçə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="153"/>
        <source>&amp;Save</source>
        <translation>&amp;Yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="157"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="159"/>
        <source>New c&amp;laim…</source>
        <translation>Yeni re&amp;klamasiya…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="180"/>
        <source>New order</source>
        <translation>Yeni sifariş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="181"/>
        <source>(given when saved)</source>
        <translation>(yadda saxlananda veriləcək)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="205"/>
        <source>Add a product from the catalogue: code or name…</source>
        <translation>Kataloqdan məhsul əlavə edin: kod və ya ad…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="206"/>
        <source>&amp;Remove line</source>
        <translation>Sətri s&amp;il</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Price</source>
        <translation>Qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>Discount, %</source>
        <translation>Endirim, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>VAT, %</source>
        <translation>ƏDV, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="234"/>
        <source>Order {0}</source>
        <translation>Sifariş {0}</translation>
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
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="273"/>
        <source>overdue since {0}</source>
        <translation>{0} tarixindən vaxtı keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="315"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="421"/>
        <source>Total {0}, VAT {1}</source>
        <translation>Cəmi {0}, ƏDV {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="427"/>
        <source>Choose the client first</source>
        <translation>Əvvəlcə kontragenti seçin</translation>
    </message>
</context>
<context>
    <name>OrdersWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="52"/>
        <source>Orders</source>
        <translation>Sifarişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="64"/>
        <source>All statuses</source>
        <translation>Bütün statuslar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="65"/>
        <source>Open (not delivered or cancelled)</source>
        <translation>Açıq (çatdırılmamış/ləğv edilməmiş)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Yalnız vaxtı keçənlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="70"/>
        <source>&amp;Mine</source>
        <translation>&amp;Mənimkilər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="76"/>
        <source>Number or client…</source>
        <translation>Nömrə və ya kontragent…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="78"/>
        <source>&amp;New order…</source>
        <translation>Ye&amp;ni sifariş…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="83"/>
        <source>From</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="85"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="134"/>
        <source>(any)</source>
        <translation>(istənilən)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="168"/>
        <source>{0} orders, {1} overdue</source>
        <translation>{0} sifariş, {1} vaxtı keçib</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="35"/>
        <source>Outbox</source>
        <translation>Göndəriləcəklər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="38"/>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Queued</source>
        <translation>Növbədə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="42"/>
        <source>To</source>
        <translation>Kimə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="43"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="44"/>
        <source>Attempts</source>
        <translation>Cəhdlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="45"/>
        <source>Server&apos;s answer</source>
        <translation>Serverin cavabı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="49"/>
        <source>Show sent mail</source>
        <translation>Göndərilmişləri göstər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="54"/>
        <source>Open &amp;draft…</source>
        <translation>&amp;Qaralamanı aç…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="55"/>
        <source>&amp;Retry</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="56"/>
        <source>&amp;Cancel message</source>
        <translation>Məktubu &amp;ləğv et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="57"/>
        <source>Open in mail &amp;client</source>
        <translation>&amp;Poçt proqramında aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Sending</source>
        <translation>Göndərilir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="74"/>
        <source>Sent</source>
        <translation>Göndərildi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="75"/>
        <source>Will retry</source>
        <translation>Təkrar cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="76"/>
        <source>Failed</source>
        <translation>Uğursuz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="77"/>
        <source>Interrupted: check before resending</source>
        <translation>Kəsildi: təkrar göndərməzdən əvvəl yoxlayın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="78"/>
        <source>Partly sent: some addresses refused</source>
        <translation>Qismən göndərildi: bəzi ünvanlar rədd etdi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="79"/>
        <source>Cancelled</source>
        <translation>Ləğv edildi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="80"/>
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="35"/>
        <source>Payment for {0}</source>
        <translation>{0} üzrə ödəniş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="48"/>
        <source>Outstanding</source>
        <translation>Ödənilməli qalıq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="49"/>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="50"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="51"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="52"/>
        <source>Reference</source>
        <translation>Əsas</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="42"/>
        <source>Sales plan</source>
        <translation>Satış planı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="48"/>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="55"/>
        <source>Currency: {0}</source>
        <translation>Valyuta: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="109"/>
        <source>{0}, month {1}: {2}</source>
        <translation>{0}, ay {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="110"/>
        <source>not an amount</source>
        <translation>məbləğ deyil</translation>
    </message>
</context>
<context>
    <name>PriceImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="46"/>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="112"/>
        <source>Import prices and stock</source>
        <translation>Qiymət və qalıqların idxalı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Product code</source>
        <translation>Məhsul kodu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Price</source>
        <translation>Qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Minimum price</source>
        <translation>Minimal qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Stock</source>
        <translation>Qalıq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="55"/>
        <source>Warehouse</source>
        <translation>Anbar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="56"/>
        <source>Price: {0}</source>
        <translation>Qiymət: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="58"/>
        <source>Choose file…</source>
        <translation>Fayl seç…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="60"/>
        <source>CSV or XLSX from the accounting system</source>
        <translation>Uçot sistemindən CSV və ya XLSX</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="76"/>
        <source>— from the file —</source>
        <translation>— fayldan —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="79"/>
        <source>Stock goes to</source>
        <translation>Qalıqlar bu anbara</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="80"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Bəzi sətirlərdə problem olsa da, düzgün sətirləri idxal et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="82"/>
        <source>&amp;Import</source>
        <translation>İ&amp;dxal et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="89"/>
        <source>Save the report…</source>
        <translation>Hesabatı yadda saxla…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="113"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Cədvəllər (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="130"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} sətir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="142"/>
        <source>— not in the file —</source>
        <translation>— faylda yoxdur —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="176"/>
        <source>Imported: {0} products updated, {1} stock levels set.</source>
        <translation>İdxal edildi: {0} məhsul yeniləndi, {1} qalıq təyin edildi.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="72"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="72"/>
        <source>New product</source>
        <translation>Yeni məhsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="91"/>
        <source>Active (offered in quotes)</source>
        <translation>Aktiv (kommersiya təkliflərində göstərilir)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="95"/>
        <source>Price type</source>
        <translation>Qiymət növü</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="95"/>
        <source>Price</source>
        <translation>Qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="104"/>
        <source>Warehouse</source>
        <translation>Anbar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="104"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="141"/>
        <source>Stock</source>
        <translation>Qalıq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="115"/>
        <source>No photo</source>
        <translation>Şəkil yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="123"/>
        <source>Choose photo…</source>
        <translation>Şəkil seç…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="131"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="132"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="133"/>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="134"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="135"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="136"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="206"/>
        <source>Recommended price</source>
        <translation>Tövsiyə olunan qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="137"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="207"/>
        <source>Minimum price</source>
        <translation>Minimal qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="138"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="208"/>
        <source>VAT %</source>
        <translation>ƏDV %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="140"/>
        <source>Prices by type</source>
        <translation>Tiplərə görə qiymətlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="142"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="178"/>
        <source>Photo</source>
        <translation>Şəkil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="179"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Şəkillər (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="35"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="36"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="37"/>
        <source>&amp;Copy</source>
        <translation>Kö&amp;çür</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="38"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="39"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="40"/>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="53"/>
        <source>Show Details...</source>
        <translation>Təfərrüatları göstər...</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="54"/>
        <source>Hide Details...</source>
        <translation>Təfərrüatları gizlət...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="15"/>
        <source>Save</source>
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="16"/>
        <source>Save All</source>
        <translation>Hamısını yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="17"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="19"/>
        <source>Yes to &amp;All</source>
        <translation>&amp;Hamısına bəli</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="20"/>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="21"/>
        <source>N&amp;o to All</source>
        <translation>Hamısına x&amp;eyr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="22"/>
        <source>Abort</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="23"/>
        <source>Retry</source>
        <translation>Yenidən cəhd et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="24"/>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="25"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="26"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="27"/>
        <source>Discard</source>
        <translation>Yadda saxlama</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="28"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="29"/>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="30"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>Standart dəyərləri bərpa et</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>Kö&amp;çür</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="47"/>
        <source>Copy &amp;Link Location</source>
        <translation>Keçidin ünvanını &amp;köçür</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="49"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="50"/>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QuickQuoteDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="96"/>
        <source>Quick quote — {0}</source>
        <translation>Sürətli təklif — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="122"/>
        <source>Quote</source>
        <translation>Kommersiya təklifi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="151"/>
        <source>&amp;Terms…</source>
        <translation>Şə&amp;rtlər…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="163"/>
        <source>Code or name; Enter adds, ↓ goes to the list</source>
        <translation>Kod və ya ad; Enter əlavə edir, ↓ siyahıya keçir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="172"/>
        <source>All products</source>
        <translation>Bütün məhsullar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="193"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="194"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="195"/>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="202"/>
        <source>Total stock</source>
        <translation>Ümumi qalıq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="203"/>
        <source>Price</source>
        <translation>Qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="205"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="215"/>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="418"/>
        <source>No photo</source>
        <translation>Şəkil yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="242"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="243"/>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="244"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="245"/>
        <source>Qty</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="246"/>
        <source>Price paid</source>
        <translation>Satış qiyməti</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="275"/>
        <source>Save &amp;draft</source>
        <translation>&amp;Qaralamanı saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="277"/>
        <source>Send &amp;quote</source>
        <translation>&amp;Təklifi göndər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="279"/>
        <source>&amp;Sell: send invoice</source>
        <translation>&amp;Sat: hesab-faktura göndər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="321"/>
        <source>The new terms apply from the next quote; this one keeps its prices.</source>
        <translation>Yeni şərtlər növbəti kommersiya təklifindən tətbiq olunur; bu təklifdə qiymətlər dəyişmir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="334"/>
        <source>Price type: {0} · discount {1} % · {2} · payment in {3} days</source>
        <translation>Qiymət növü: {0} · endirim {1} % · {2} · ödəniş {3} gün ərzində</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="429"/>
        <source>Past deals of the client ({0})</source>
        <translation>Kontragentin keçmiş sövdələşmələri ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="435"/>
        <source>Past deals of the client: {0} ({1})</source>
        <translation>Kontragentin keçmiş sövdələşmələri: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="436"/>
        <source>No past deals for {0}</source>
        <translation>{0} üzrə keçmiş sövdələşmə yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="452"/>
        <source>That deal was in {0}; this quote is in {1}.</source>
        <translation>O sövdələşmə {0} ilə idi; bu kommersiya təklifi {1} ilədir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="457"/>
        <source>{0} is no longer in the catalogue.</source>
        <translation>{0} artıq kataloqda yoxdur.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="474"/>
        <source>{0}: only {1} in stock.</source>
        <translation>{0}: anbarda yalnız {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="483"/>
        <source>Net: {0}</source>
        <translation>ƏDV-siz: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="486"/>
        <source>VAT: {0}</source>
        <translation>ƏDV: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="488"/>
        <source>Total: {0}</source>
        <translation>Cəmi: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="493"/>
        <source>Quick quote</source>
        <translation>Sürətli təklif</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="501"/>
        <source>Price below the minimum</source>
        <translation>Qiymət minimumdan aşağıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="502"/>
        <source>Some prices are below the minimum. Your reason for approving them:</source>
        <translation>Bəzi qiymətlər minimumdan aşağıdır. Onları təsdiqləmə səbəbiniz:</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Qty</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Price</source>
        <translation>Qiymət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>Discount %</source>
        <translation>Endirim %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>VAT %</source>
        <translation>ƏDV %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="103"/>
        <source>Below the minimum price {0}</source>
        <translation>Minimal qiymətdən ({0}) aşağı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="106"/>
        <source>Only {0} in stock</source>
        <translation>Anbarda yalnız {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="137"/>
        <source>{0}: only {1} in stock; the quote keeps {2}.</source>
        <translation>{0}: anbarda yalnız {1}; kommersiya təklifində {2} qalır.</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="36"/>
        <source>Claim reasons</source>
        <translation>Reklamasiya səbəbləri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="46"/>
        <source>Only the head of sales or the admin edits this list.</source>
        <translation>Bu siyahını yalnız satış şöbəsinin rəhbəri və ya administrator redaktə edir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="51"/>
        <source>Department</source>
        <translation>Şöbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="57"/>
        <source>&amp;Add</source>
        <translation>Əlavə &amp;et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="60"/>
        <source>&amp;Remove</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="63"/>
        <source>&amp;Save</source>
        <translation>&amp;Yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>RegistrationAssistant</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="66"/>
        <source>New partner</source>
        <translation>Yeni tərəfdaş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="87"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="88"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="89"/>
        <source>Tax ID</source>
        <translation>VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="90"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="91"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="92"/>
        <source>Contact person</source>
        <translation>Əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="93"/>
        <source>Type the name, tax ID, phone or e-mail.</source>
        <translation>Adı, VÖEN-i, telefonu və ya e-poçtu yazın.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="98"/>
        <source>Open existing</source>
        <translation>Mövcudu aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="102"/>
        <source>Create</source>
        <translation>Yarat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="106"/>
        <source>Full card…</source>
        <translation>Tam kart…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="150"/>
        <source>Already known? {0} similar client(s) below.</source>
        <translation>Artıq var? Aşağıda {0} oxşar kontragent.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="153"/>
        <source>No similar client found.</source>
        <translation>Oxşar kontragent tapılmadı.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="174"/>
        <source>Possible duplicate</source>
        <translation>Mümkün dublikat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="175"/>
        <source>{0} looks like a client we already have. Create anyway? Your decision is recorded.</source>
        <translation>{0} artıq mövcud olan kontragentə oxşayır. Hər halda yaradılsın? Qərarınız qeydə alınır.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="43"/>
        <source>Reminders</source>
        <translation>Xatırlatmalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="46"/>
        <source>Starts</source>
        <translation>Başlayır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="47"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="48"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="53"/>
        <source>&amp;Snooze 10 min</source>
        <translation>10 dəq &amp;təxirə sal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="55"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="57"/>
        <source>&amp;Done</source>
        <translation>İcra &amp;olundu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="59"/>
        <source>D&amp;ismiss</source>
        <translation>&amp;Gizlət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="61"/>
        <source>Select &amp;all</source>
        <translation>&amp;Hamısını seç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="83"/>
        <source>{0} reminders</source>
        <translation>{0} xatırlatma</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="85"/>
        <source>{0} missed while the program was closed</source>
        <translation>Proqram bağlı olarkən buraxılmış: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="134"/>
        <source>CRM Desktop reminder</source>
        <translation>CRM Desktop xatırlatması</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="137"/>
        <source>{0} reminders</source>
        <translation>{0} xatırlatma</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="158"/>
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="293"/>
        <source>&amp;Run</source>
        <translation>&amp;Başlat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="296"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="311"/>
        <source>Sales &amp;plan…</source>
        <translation>Satış &amp;planı…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="316"/>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX ixracı…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="316"/>
        <source>Export &amp;PDF…</source>
        <translation>P&amp;DF ixracı…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="317"/>
        <source>Chart as P&amp;NG…</source>
        <translation>Diaqram P&amp;NG kimi…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="331"/>
        <source>Team: {0}</source>
        <translation>Komanda: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="337"/>
        <source>Category: {0}</source>
        <translation>Kateqoriya: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="432"/>
        <source>Running…</source>
        <translation>İcra olunur…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="455"/>
        <source>Cancelled</source>
        <translation>Ləğv edildi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="468"/>
        <source>{0} rows</source>
        <translation>{0} sətir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="533"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="534"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="534"/>
        <source>Images (*.png)</source>
        <translation>Şəkillər (*.png)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="536"/>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="561"/>
        <source>Saved to {0}</source>
        <translation>Saxlanıldı: {0}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="86"/>
        <source>Reject the claim</source>
        <translation>Reklamasiyanı rədd et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="87"/>
        <source>Resolve the claim</source>
        <translation>Reklamasiyanı həll et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="91"/>
        <source>(choose)</source>
        <translation>(seçin)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="97"/>
        <source>(not asked)</source>
        <translation>(soruşulmayıb)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="98"/>
        <source>1 — not at all satisfied … 5 — fully satisfied</source>
        <translation>1 — heç razı deyil … 5 — tam razıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="102"/>
        <source>&amp;Result</source>
        <translation>&amp;Nəticə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="103"/>
        <source>&amp;Satisfaction (1-5)</source>
        <translation>&amp;Məmnunluq (1-5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="104"/>
        <source>Why it is &amp;rejected</source>
        <translation>&amp;Rədd edilmə səbəbi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="104"/>
        <source>What was &amp;done</source>
        <translation>Nə &amp;edildi</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="350"/>
        <source>Automation rules</source>
        <translation>Avtomatlaşdırma qaydaları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="366"/>
        <source>Only the head of sales or the admin changes rules: you can look and try a dry run.</source>
        <translation>Qaydaları yalnız satış şöbəsinin rəhbəri və ya administrator dəyişir: siz onlara baxa və sınaq icrası edə bilərsiniz.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="381"/>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="384"/>
        <source>From a &amp;template</source>
        <translation>Şa&amp;blondan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="387"/>
        <source>Reactivation (no purchase for N days)</source>
        <translation>Reaktivasiya (N gün alış yoxdur)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="391"/>
        <source>Lead distribution (round-robin)</source>
        <translation>Lidlərin bölgüsü (növbə ilə)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="395"/>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="402"/>
        <source>E&amp;xport…</source>
        <translation>İ&amp;xrac…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="405"/>
        <source>&amp;Import…</source>
        <translation>İ&amp;dxal…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="408"/>
        <source>Run &amp;log…</source>
        <translation>İcra &amp;jurnalı…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="424"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="425"/>
        <source>Switched on (off until the dry run looks right)</source>
        <translation>Aktiv (sınaq icrası düzgün nəticə göstərənədək söndürülü saxlayın)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="431"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="435"/>
        <source>If</source>
        <translation>Əgər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="442"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="547"/>
        <source>to (any value if empty)</source>
        <translation>yeni dəyər (boşdursa, istənilən)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="446"/>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="456"/>
        <source>and</source>
        <translation>və</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="457"/>
        <source>all of these hold</source>
        <translation>bütün şərtlər ödənilir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="458"/>
        <source>any of these holds</source>
        <translation>istənilən şərt ödənilir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="461"/>
        <source>Add a &amp;condition</source>
        <translation>Ş&amp;ərt əlavə et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="470"/>
        <source>Then</source>
        <translation>Onda</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="475"/>
        <source>Add an &amp;action</source>
        <translation>Əməliyyat əlavə &amp;et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="493"/>
        <source>&amp;Dry run: what would happen?</source>
        <translation>Sınaq &amp;icrası: nə baş verərdi?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="496"/>
        <source>&amp;Save</source>
        <translation>Yadd&amp;a saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="546"/>
        <source>stage name</source>
        <translation>mərhələnin adı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="549"/>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="698"/>
        <source>Export rules</source>
        <translation>Qaydaların ixracı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="704"/>
        <source>Import rules</source>
        <translation>Qaydaların idxalı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="713"/>
        <source>(new rule)</source>
        <translation>(yeni qayda)</translation>
    </message>
</context>
<context>
    <name>RunLogWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="48"/>
        <source>Automation: run log</source>
        <translation>Avtomatlaşdırma: icra jurnalı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="59"/>
        <source>Show</source>
        <translation>Göstər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="62"/>
        <source>every run</source>
        <translation>bütün icralar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="62"/>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="159"/>
        <source>done</source>
        <translation>icra edildi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="63"/>
        <source>errors</source>
        <translation>xətalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="63"/>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="160"/>
        <source>stopped</source>
        <translation>dayandırıldı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="70"/>
        <source>Show &amp;all runs</source>
        <translation>&amp;Bütün icraları göstər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="88"/>
        <source>What it did, or why not</source>
        <translation>Nə etdi, yaxud niyə etmədi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="94"/>
        <source>Double-click a run: why did this happen to its record?</source>
        <translation>İcranı iki dəfə klikləyin: bu, onun qeydi ilə niyə baş verdi?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="97"/>
        <source>Runs</source>
        <translation>İcralar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="102"/>
        <source>Leads and deals the rules assigned since</source>
        <translation>Qaydaların təyin etdiyi lidlər və sövdələşmələr, bu tarixdən bəri:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="111"/>
        <source>Save who is &amp;away</source>
        <translation>Yerində olmayanları &amp;yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Manager</source>
        <translation>Menecer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Away (skipped)</source>
        <translation>Yerində deyil (buraxılır)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Assigned by rules</source>
        <translation>Qaydalarla təyin edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="121"/>
        <source>Open deals</source>
        <translation>Açıq sövdələşmələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="121"/>
        <source>Leads</source>
        <translation>Lidlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="127"/>
        <source>Distribution per manager</source>
        <translation>Menecerlər üzrə bölgü</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="144"/>
        <source>Why: {record}</source>
        <translation>Səbəb: {record}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="159"/>
        <source>error</source>
        <translation>xəta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="176"/>
        <source>{count} runs</source>
        <translation>{count} icra</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="35"/>
        <source>Sign in to a team server</source>
        <translation>Komanda serverinə giriş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="41"/>
        <source>server:8443</source>
        <translation>server:8443</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="47"/>
        <source>Connect</source>
        <translation>Qoşul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="53"/>
        <source>It is the fingerprint the server printed</source>
        <translation>Bu, serverin göstərdiyi barmaq izidir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="61"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="63"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="64"/>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="67"/>
        <source>Sign in</source>
        <translation>Daxil ol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="94"/>
        <source>Connecting…</source>
        <translation>Qoşulur…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="109"/>
        <source>The server&apos;s certificate is trusted by this computer.</source>
        <translation>Bu kompüter serverin sertifikatına etibar edir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="113"/>
        <source>Certificate accepted earlier, SHA-256:
{0}</source>
        <translation>Əvvəl qəbul edilmiş sertifikat, SHA-256:
{0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="117"/>
        <source>First connection to this server. Compare its certificate&apos;s SHA-256 fingerprint with the one the server printed when it started:
{0}</source>
        <translation>Bu serverə ilk qoşulma. Sertifikatın SHA-256 barmaq izini serverin işə düşərkən göstərdiyi izlə müqayisə edin:
{0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="137"/>
        <source>Signing in…</source>
        <translation>Daxil olunur…</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="29"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="130"/>
        <source>Mail server</source>
        <translation>Poçt serveri</translation>
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
        <translation>Yoxdur (şifrələnməmiş)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="47"/>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation>sistemin parol anbarında saxlanılır; boş qalsa, saxlanılan dəyişmir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="53"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="54"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="55"/>
        <source>Security</source>
        <translation>Təhlükəsizlik</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="57"/>
        <source>User</source>
        <translation>İstifadəçi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="58"/>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="59"/>
        <source>From (address)</source>
        <translation>Göndərən (ünvan)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="60"/>
        <source>From (name)</source>
        <translation>Göndərən (ad)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="63"/>
        <source>Send a &amp;test e-mail</source>
        <translation>&amp;Test məktubu göndər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="79"/>
        <source>Without encryption the password and the mail travel in clear text.</source>
        <translation>Şifrələmə olmadan parol və məktublar açıq mətnlə ötürülür.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="88"/>
        <source>Sending…</source>
        <translation>Göndərilir…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="94"/>
        <source>Sent to {0}.</source>
        <translation>{0} ünvanına göndərildi.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="95"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="100"/>
        <source>Not sent: {0}</source>
        <translation>Göndərilmədi: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="131"/>
        <source>There is no secure keychain on this computer (only {0}, which would keep the password readable in a file), so the password cannot be stored.

Use it for this session only? It is asked again after the next start. To store it, install a keychain service (GNOME Keyring or KWallet) and save it again.</source>
        <translation>Bu kompüterdə etibarlı parol anbarı yoxdur (yalnız {0} var, o isə parolu faylda oxunaqlı saxlayardı), ona görə parol saxlanıla bilməz.

Ondan yalnız bu seansda istifadə edilsin? Növbəti işə salınmadan sonra yenidən soruşulacaq. Saxlamaq üçün parol anbarı xidməti (GNOME Keyring və ya KWallet) quraşdırın və yenidən yadda saxlayın.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="137"/>
        <source>Use for this &amp;session only</source>
        <translation>Yalnız bu &amp;seans üçün</translation>
    </message>
</context>
<context>
    <name>StageEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="44"/>
        <source>Pipelines and stages</source>
        <translation>Satış qıfları və mərhələlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="49"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="149"/>
        <source>New pipeline</source>
        <translation>Yeni satış qıfı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="50"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="152"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="51"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="153"/>
        <source>Won</source>
        <translation>Qazanılıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="52"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="154"/>
        <source>Lost</source>
        <translation>İtirilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="77"/>
        <source>Stage</source>
        <translation>Mərhələ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <source>Probability, %</source>
        <translation>Ehtimal, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="65"/>
        <source>Required to enter (comma-separated)</source>
        <translation>Keçid üçün məcburi sahələr (vergüllə)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="66"/>
        <source>Allowed next stages (comma-separated)</source>
        <translation>İcazə verilən növbəti mərhələlər (vergüllə)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="70"/>
        <source>Stage names a deal may move to from this one. Empty: a strict pipeline allows the next stage and the outcomes, a manual one any stage.</source>
        <translation>Sövdələşmənin bu mərhələdən keçə biləcəyi mərhələlərin adları. Boşdursa: ciddi satış qıfı növbəti mərhələyə və nəticələrə, əl ilə idarə olunan isə istənilən mərhələyə icazə verir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="76"/>
        <source>&amp;Add stage</source>
        <translation>Mərhələ əlavə &amp;et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="78"/>
        <source>&amp;Remove stage</source>
        <translation>Mərhələni &amp;sil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="80"/>
        <source>Move &amp;up</source>
        <translation>&amp;Yuxarı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="82"/>
        <source>Move &amp;down</source>
        <translation>&amp;Aşağı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="84"/>
        <source>&amp;New pipeline…</source>
        <translation>Ye&amp;ni satış qıfı…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="102"/>
        <source>&amp;Name</source>
        <translation>A&amp;d</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="103"/>
        <source>&amp;Mode</source>
        <translation>&amp;Rejim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="108"/>
        <source>Fields a stage can require: {0}</source>
        <translation>Mərhələnin tələb edə biləcəyi sahələr: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="109"/>
        <source>Loss reasons, one a line:</source>
        <translation>İtirilmə səbəbləri, hər sətirdə bir:</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="54"/>
        <source>Receiving %p%</source>
        <translation>Qəbul edilir %p%</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="59"/>
        <source>S&amp;ync</source>
        <translation>&amp;Sinxronizasiya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="61"/>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="64"/>
        <source>Conflicts…</source>
        <translation>Konfliktlər…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="83"/>
        <source>Offline — {0} waiting</source>
        <translation>Şəbəkə yoxdur — {0} gözləyir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="85"/>
        <source>Not synced yet — {0} waiting</source>
        <translation>Hələ sinxronlaşdırılmayıb — {0} gözləyir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="87"/>
        <source>Synced at {0}, {1} waiting</source>
        <translation>Sinxronlaşdırıldı: {0}, {1} gözləyir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="90"/>
        <source> · {0} conflicts</source>
        <translation> · {0} konflikt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="92"/>
        <source>{0} as {1}</source>
        <translation>{0}, istifadəçi: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="99"/>
        <source>Syncing…</source>
        <translation>Sinxronlaşdırılır…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="109"/>
        <source>the team server does not answer</source>
        <translation>komanda serveri cavab vermir</translation>
    </message>
</context>
<context>
    <name>TeamControls</name>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="39"/>
        <source>&amp;Team</source>
        <translation>K&amp;omanda</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="41"/>
        <source>Sign in to a team server…</source>
        <translation>Komanda serverinə daxil ol…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="44"/>
        <source>Switch user…</source>
        <translation>İstifadəçini dəyiş…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="47"/>
        <source>Sign out</source>
        <translation>Çıxış et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="50"/>
        <source>Users…</source>
        <translation>İstifadəçilər…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="59"/>
        <source>Team: connecting…</source>
        <translation>Komanda: qoşulur…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="76"/>
        <source>Team: {0} ({1}) on {2}</source>
        <translation>Komanda: {0} ({1}), {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="80"/>
        <source>Team: signed out — working on this computer</source>
        <translation>Komanda: giriş edilməyib — iş bu kompüterdədir</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="33"/>
        <source>Terms of sale — {0}</source>
        <translation>Satış şərtləri — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="55"/>
        <source>Price type</source>
        <translation>Qiymət növü</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="56"/>
        <source>Discount</source>
        <translation>Endirim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="57"/>
        <source>Payment days</source>
        <translation>Ödəniş günləri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="58"/>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="65"/>
        <source>Users</source>
        <translation>İstifadəçilər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="69"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="69"/>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="75"/>
        <source>Add…</source>
        <translation>Əlavə et…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="76"/>
        <source>Disable</source>
        <translation>Söndür</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="77"/>
        <source>Enable</source>
        <translation>Aktivləşdir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="78"/>
        <source>Reset password…</source>
        <translation>Parolu sıfırla…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="79"/>
        <source>Change role…</source>
        <translation>Rolu dəyiş…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="121"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="121"/>
        <source>disabled</source>
        <translation>söndürülüb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="152"/>
        <source>Reset password</source>
        <translation>Parolun sıfırlanması</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="153"/>
        <source>New password for {0}:</source>
        <translation>{0} üçün yeni parol:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="163"/>
        <source>Change role</source>
        <translation>Rolun dəyişdirilməsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="164"/>
        <source>Role of {0}:</source>
        <translation>{0} istifadəçisinin rolu:</translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="80"/>
        <source>Warehouses</source>
        <translation>Anbarlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Main</source>
        <translation>Əsas</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="86"/>
        <source>Group</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="90"/>
        <source>&amp;Add warehouse</source>
        <translation>Anbar əlavə &amp;et</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="71"/>
        <source> (process {0} on {1})</source>
        <translation> ({1} üzərində {0} prosesi)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="73"/>
        <source>The database {0} is already open in CRM Desktop{1}. Switch to that window, or close it and start again.</source>
        <translation>{0} verilənlər bazası artıq CRM Desktop-da açıqdır{1}. O pəncərəyə keçin və ya onu bağlayıb yenidən başladın.</translation>
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
        <translation>{0} verilənlər bazası şəbəkə qovluğundadır. SQLite-ın SMB üzərindən bloklamaları etibarlı deyil və birgə istifadə faylı zədələyə bilər. Komanda üçün PostgreSQL serverindən istifadə edin (crm-desktop --db postgresql+psycopg://…).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="112"/>
        <source>If the file is damaged, restore the latest backup: crm-desktop db restore BACKUP-FILE (backups are in the backups folder beside the database).</source>
        <translation>Fayl zədələnibsə, son ehtiyat nüsxəni bərpa edin: crm-desktop db restore NÜSXƏ-FAYLI (nüsxələr verilənlər bazasının yanındakı backups qovluğundadır).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="131"/>
        <source>The database has no active user.</source>
        <translation>Verilənlər bazasında aktiv istifadəçi yoxdur.</translation>
    </message>
</context>
<context>
    <name>automation</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="22"/>
        <source>a client</source>
        <translation>kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="23"/>
        <source>a deal</source>
        <translation>sövdələşmə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="24"/>
        <source>an order</source>
        <translation>sifariş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="25"/>
        <source>a claim</source>
        <translation>reklamasiya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="26"/>
        <source>an invoice</source>
        <translation>hesab-faktura</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="27"/>
        <source>an event</source>
        <translation>hadisə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="33"/>
        <source>is created</source>
        <translation>yaradılarsa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="34"/>
        <source>has a field changed</source>
        <translation>sahəsi dəyişərsə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="35"/>
        <source>enters the stage</source>
        <translation>mərhələyə keçərsə:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="36"/>
        <source>reaches a date</source>
        <translation>tarixə çatarsa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="37"/>
        <source>has had no activity for</source>
        <translation>fəaliyyətsiz qalarsa, müddət:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="38"/>
        <source>has bought nothing (no paid invoice) for</source>
        <translation>heç nə almazsa (ödənilmiş hesab-faktura yoxdur), müddət:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="39"/>
        <source>is picked by hand</source>
        <translation>əl ilə seçilərsə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="45"/>
        <source>is</source>
        <translation>bərabərdir:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="46"/>
        <source>is not</source>
        <translation>bərabər deyil:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="47"/>
        <source>is one of</source>
        <translation>bunlardan biridir:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="48"/>
        <source>is empty</source>
        <translation>boşdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="49"/>
        <source>is more than</source>
        <translation>böyükdür:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="50"/>
        <source>is less than</source>
        <translation>kiçikdir:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="51"/>
        <source>changed to</source>
        <translation>dəyişib, yeni dəyər:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="52"/>
        <source>was at least N days ago</source>
        <translation>ən azı N gün əvvəl olub, N:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="58"/>
        <source>set a field</source>
        <translation>sahəni dəyiş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="59"/>
        <source>assign a manager</source>
        <translation>menecer təyin et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="60"/>
        <source>create a task</source>
        <translation>tapşırıq yarat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="61"/>
        <source>plan an event</source>
        <translation>hadisə planlaşdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="62"/>
        <source>open a deal</source>
        <translation>sövdələşmə aç</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="63"/>
        <source>move the deal to a stage</source>
        <translation>sövdələşməni mərhələyə keçir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="64"/>
        <source>add a tag</source>
        <translation>etiket əlavə et:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="65"/>
        <source>remove a tag</source>
        <translation>etiketi sil:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="66"/>
        <source>queue an e-mail from a template</source>
        <translation>şablondan məktubu növbəyə qoy</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="67"/>
        <source>notify a user in the program</source>
        <translation>proqramda istifadəçiyə bildiriş göndər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="68"/>
        <source>make a document (quote copy or letter)</source>
        <translation>sənəd yarat (kommersiya təklifinin surəti və ya məktub)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="69"/>
        <source>call a web hook</source>
        <translation>webhook-a zəng et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="75"/>
        <source>to a person</source>
        <translation>konkret şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="76"/>
        <source>in turn (round-robin) among</source>
        <translation>növbə ilə (round-robin), bunlar arasında:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="77"/>
        <source>to the least busy of</source>
        <translation>ən az yüklənmiş, bunlar arasında:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="78"/>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="88"/>
        <source>by a table</source>
        <translation>cədvəl üzrə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="85"/>
        <source>fixed person</source>
        <translation>təyin olunmuş işçi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="86"/>
        <source>round-robin</source>
        <translation>növbə ilə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="87"/>
        <source>least busy</source>
        <translation>ən az yüklənmiş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="95"/>
        <source>address</source>
        <translation>ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="95"/>
        <source>amount</source>
        <translation>məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="96"/>
        <source>chain</source>
        <translation>şəbəkə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="96"/>
        <source>city</source>
        <translation>şəhər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="97"/>
        <source>claim date</source>
        <translation>reklamasiya tarixi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="98"/>
        <source>kind of claimant</source>
        <translation>iddiaçının növü</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="99"/>
        <source>closing time</source>
        <translation>bağlanma vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="99"/>
        <source>comment</source>
        <translation>şərh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="100"/>
        <source>completion time</source>
        <translation>tamamlanma vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="101"/>
        <source>confirmation time</source>
        <translation>təsdiq vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="102"/>
        <source>content</source>
        <translation>məzmun</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="102"/>
        <source>country</source>
        <translation>ölkə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="103"/>
        <source>creation time</source>
        <translation>yaradılma vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="104"/>
        <source>person at fault</source>
        <translation>təqsirkar şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="105"/>
        <source>currency</source>
        <translation>valyuta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="105"/>
        <source>department</source>
        <translation>şöbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="106"/>
        <source>direction</source>
        <translation>istiqamət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="106"/>
        <source>due time</source>
        <translation>son müddət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="107"/>
        <source>due date</source>
        <translation>son tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="107"/>
        <source>end time</source>
        <translation>bitmə vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="108"/>
        <source>essence</source>
        <translation>mahiyyət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="109"/>
        <source>expected close</source>
        <translation>gözlənilən bağlanma</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="110"/>
        <source>full name</source>
        <translation>tam ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="111"/>
        <source>investigation start</source>
        <translation>araşdırmanın başlanması</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="112"/>
        <source>issue date</source>
        <translation>təqdim tarixi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="112"/>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="113"/>
        <source>legal address</source>
        <translation>hüquqi ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="114"/>
        <source>loss comment</source>
        <translation>itirilmə şərhi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="115"/>
        <source>loss reason</source>
        <translation>itirilmə səbəbi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="115"/>
        <source>manager</source>
        <translation>menecer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="116"/>
        <source>net total</source>
        <translation>ƏDV-siz cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="116"/>
        <source>notes</source>
        <translation>qeydlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="117"/>
        <source>number</source>
        <translation>nömrə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="117"/>
        <source>order date</source>
        <translation>sifariş tarixi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="118"/>
        <source>pipeline</source>
        <translation>satış qıfı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="118"/>
        <source>probability</source>
        <translation>ehtimal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="119"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="120"/>
        <source>registration time</source>
        <translation>qeydiyyat vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="121"/>
        <source>rejection time</source>
        <translation>rədd edilmə vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="121"/>
        <source>remedy</source>
        <translation>aradan qaldırma tədbiri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="122"/>
        <source>reminder time</source>
        <translation>xatırlatma vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="123"/>
        <source>resolution</source>
        <translation>qərar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="124"/>
        <source>resolution time</source>
        <translation>həll vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="125"/>
        <source>responsible</source>
        <translation>məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="125"/>
        <source>result</source>
        <translation>nəticə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="126"/>
        <source>satisfaction</source>
        <translation>məmnunluq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="127"/>
        <source>severity</source>
        <translation>ciddilik</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="127"/>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="128"/>
        <source>source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="128"/>
        <source>stage</source>
        <translation>mərhələ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="129"/>
        <source>time in the stage since</source>
        <translation>mərhələyə keçid vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="130"/>
        <source>start time</source>
        <translation>başlama vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="130"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="131"/>
        <source>status change time</source>
        <translation>statusun dəyişmə vaxtı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="132"/>
        <source>subject</source>
        <translation>mövzu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="132"/>
        <source>tax ID</source>
        <translation>VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="133"/>
        <source>second tax ID</source>
        <translation>ikinci VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="133"/>
        <source>title</source>
        <translation>ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="134"/>
        <source>total</source>
        <translation>cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="134"/>
        <source>type</source>
        <translation>tip</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="135"/>
        <source>VAT included</source>
        <translation>ƏDV daxildir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="136"/>
        <source>VAT total</source>
        <translation>ƏDV cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="136"/>
        <source>website</source>
        <translation>veb-sayt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="142"/>
        <source>custom field {name}</source>
        <translation>əlavə sahə {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="148"/>
        <source>the record&apos;s manager</source>
        <translation>qeydin meneceri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="157"/>
        <source>set {field} to {value}</source>
        <translation>{field} sahəsinə {value} yaz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="168"/>
        <source>{by}</source>
        <translation>{by}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="169"/>
        <source>assign {how} {who}</source>
        <translation>menecer təyin et: {how} {who}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="173"/>
        <source>{what} &quot;{subject}&quot;, due in {days} days, for {who}</source>
        <translation>{what}: «{subject}», müddət {days} gün, icraçı: {who}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="180"/>
        <source>open a deal &quot;{title}&quot; in {pipeline}</source>
        <translation>«{title}» sövdələşməsini aç, satış qıfı: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="182"/>
        <source>the default pipeline</source>
        <translation>standart satış qıfı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="185"/>
        <source>move the deal to {stage}</source>
        <translation>sövdələşməni «{stage}» mərhələsinə keçir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="189"/>
        <source>queue the &quot;{purpose}&quot; e-mail to the client</source>
        <translation>kontragentə «{purpose}» məktubunu növbəyə qoy</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="193"/>
        <source>tell {who}: {text}</source>
        <translation>{who} üçün bildiriş: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="197"/>
        <source>call {url}</source>
        <translation>webhook-a zəng et: {url}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="200"/>
        <source>print the letter &quot;{title}&quot; to the client&apos;s files</source>
        <translation>«{title}» məktubunu müştərinin fayllarına çap et</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="202"/>
        <source>make a {document} from the deal&apos;s latest quote</source>
        <translation>sövdələşmənin son kommersiya təklifindən {document} yarat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="214"/>
        <source>has {field} changed</source>
        <translation>{field} sahəsi dəyişərsə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="218"/>
        <source>to {value}</source>
        <translation>(yeni dəyər: {value})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="223"/>
        <source>is {days} days {side} its {field}</source>
        <translation>{field} üzrə {days} gün {side}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="225"/>
        <source>after</source>
        <translation>keçibsə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="225"/>
        <source>before</source>
        <translation>qalıbsa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="229"/>
        <source>{days} days</source>
        <translation>{days} gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="230"/>
        <source>If {entity} {trigger}</source>
        <translation>Əgər {entity} {trigger}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="234"/>
        <source> or </source>
        <translation> və ya </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="236"/>
        <source> and </source>
        <translation> və </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="244"/>
        <source>(no)</source>
        <translation>(xeyr)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="249"/>
        <source>, when </source>
        <translation>, şərt: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="251"/>
        <source>, then </source>
        <translation>, onda: </translation>
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
        <translation>Məbləğ, {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="153"/>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="155"/>
        <source>Percent</source>
        <translation>Faiz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="156"/>
        <source>Count</source>
        <translation>Say</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="23"/>
        <source>Overdue: a task of the plan or the claim&apos;s deadline has passed</source>
        <translation>Vaxtı keçib: planın tapşırığının və ya reklamasiyanın son tarixi keçib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="30"/>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="31"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="34"/>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="26"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="37"/>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="38"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="39"/>
        <source>Department</source>
        <translation>Şöbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="40"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="41"/>
        <source>Deadline</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="45"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="47"/>
        <source>Order</source>
        <translation>Sifariş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="48"/>
        <source>Essence</source>
        <translation>Mahiyyət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="17"/>
        <source>Registered</source>
        <translation>Qeydə alınıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="18"/>
        <source>Confirmed</source>
        <translation>Təsdiqlənib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="19"/>
        <source>Under investigation</source>
        <translation>Araşdırılır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="20"/>
        <source>Resolved</source>
        <translation>Həll edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="21"/>
        <source>Rejected</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="22"/>
        <source>Low</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="23"/>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="24"/>
        <source>High</source>
        <translation>Yüksək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="25"/>
        <source>Critical</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="27"/>
        <source>Supplier</source>
        <translation>Təchizatçı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="28"/>
        <source>Competitor</source>
        <translation>Rəqib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="29"/>
        <source>Dealer</source>
        <translation>Diler</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="30"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="39"/>
        <source>Confirm</source>
        <translation>Təsdiqlə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="40"/>
        <source>Start investigation</source>
        <translation>Araşdırmaya başla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="41"/>
        <source>Resolve…</source>
        <translation>Həll et…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="42"/>
        <source>Reject…</source>
        <translation>Rədd et…</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="38"/>
        <source>Existing client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="39"/>
        <source>What matches</source>
        <translation>Nə üst-üstə düşür</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="27"/>
        <source>This field is required</source>
        <translation>Bu sahə məcburidir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="28"/>
        <source>Not a valid phone number for the client&apos;s country</source>
        <translation>Kontragentin ölkəsi üçün düzgün telefon nömrəsi deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="29"/>
        <source>Not an e-mail address</source>
        <translation>E-poçt ünvanı deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="30"/>
        <source>Not a valid tax ID for the client&apos;s country</source>
        <translation>Kontragentin ölkəsi üçün düzgün VÖEN deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="31"/>
        <source>Not a valid KPP (9 characters)</source>
        <translation>Düzgün KPP deyil (9 simvol)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="32"/>
        <source>Not a valid IBAN (check digits or length)</source>
        <translation>Düzgün IBAN deyil (yoxlama rəqəmləri və ya uzunluq)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="33"/>
        <source>Not a bank account number</source>
        <translation>Bank hesabı nömrəsi deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="34"/>
        <source>Not a valid BIC</source>
        <translation>Düzgün bank kodu (BIC) deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="35"/>
        <source>Unknown country</source>
        <translation>Naməlum ölkə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="36"/>
        <source>Not a currency code</source>
        <translation>Valyuta kodu deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="37"/>
        <source>Not a number</source>
        <translation>Rəqəm deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="38"/>
        <source>Not a date (YYYY-MM-DD)</source>
        <translation>Tarix deyil (İİİİ-AA-GG)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="39"/>
        <source>Not one of the choices</source>
        <translation>Variantlardan biri deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="40"/>
        <source>A client cannot be related to itself</source>
        <translation>Kontragent özü ilə əlaqələndirilə bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="41"/>
        <source>The birthday is in the future</source>
        <translation>Doğum günü gələcəkdədir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="50"/>
        <source>same tax ID {0}</source>
        <translation>eyni VÖEN {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="52"/>
        <source>same phone {0}</source>
        <translation>eyni telefon {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="54"/>
        <source>same e-mail {0}</source>
        <translation>eyni e-poçt {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="55"/>
        <source>similar name ({0}%)</source>
        <translation>oxşar ad ({0}%)</translation>
    </message>
</context>
<context>
    <name>deals</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="16"/>
        <source>amount</source>
        <translation>məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="17"/>
        <source>expected close date</source>
        <translation>gözlənilən bağlanma tarixi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="18"/>
        <source>contact person</source>
        <translation>əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="19"/>
        <source>source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="20"/>
        <source>responsible</source>
        <translation>məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="21"/>
        <source>the client&apos;s terms of sale</source>
        <translation>kontragentin satış şərtləri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="27"/>
        <source>Strict: no skipped stage, required fields</source>
        <translation>Ciddi: mərhələ buraxılmır, məcburi sahələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="28"/>
        <source>Manual: any move, warnings</source>
        <translation>Əl ilə: istənilən keçid, xəbərdarlıqlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="29"/>
        <source>No pipeline: interactions only</source>
        <translation>Satış qıfı yoxdur: yalnız ünsiyyət</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="36"/>
        <source>To enter {0}, fill in first: {1}</source>
        <translation>{0} mərhələsinə keçmək üçün əvvəlcə doldurun: {1}</translation>
    </message>
</context>
<context>
    <name>delimiter</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="15"/>
        <source>How the columns of a CSV file are separated</source>
        <translation>CSV faylının sütunları nə ilə ayrılır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="16"/>
        <source>Delimiter: automatic</source>
        <translation>Ayırıcı: avtomatik</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="17"/>
        <source>Delimiter: semicolon ;</source>
        <translation>Ayırıcı: nöqtəli vergül ;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="18"/>
        <source>Delimiter: comma ,</source>
        <translation>Ayırıcı: vergül ,</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="19"/>
        <source>Delimiter: vertical bar |</source>
        <translation>Ayırıcı: şaquli xətt |</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="20"/>
        <source>Delimiter: tab</source>
        <translation>Ayırıcı: tabulyasiya</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="44"/>
        <source>Could not store {name}: {reason}</source>
        <translation>{name} saxlanıla bilmədi: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="45"/>
        <source>{name} is larger than {megabytes} MB</source>
        <translation>{name} {megabytes} MB-dan böyükdür</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="46"/>
        <source>the disk is full</source>
        <translation>disk doludur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="47"/>
        <source>Backup to {path} failed: {reason}</source>
        <translation>{path} yerinə ehtiyat nüsxə çıxarıla bilmədi: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="48"/>
        <source>the copy failed its integrity check ({verdict})</source>
        <translation>nüsxə bütövlük yoxlamasından keçmədi ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="51"/>
        <source>Backups from the program are for SQLite files; back up a PostgreSQL server with pg_dump</source>
        <translation>Proqramın ehtiyat nüsxələri SQLite faylları üçündür; PostgreSQL serverinin nüsxəsini pg_dump ilə çıxarın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="55"/>
        <source>not a bank account number</source>
        <translation>bank hesabı nömrəsi deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="56"/>
        <source>not a valid BIC</source>
        <translation>düzgün bank kodu (BIC) deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="57"/>
        <source>a birthday in the future</source>
        <translation>doğum günü gələcəkdədir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="58"/>
        <source>not one of the choices</source>
        <translation>variantlardan biri deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="59"/>
        <source>unknown country</source>
        <translation>naməlum ölkə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="60"/>
        <source>not a currency code</source>
        <translation>valyuta kodu deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="61"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>tarix deyil (İİİİ-AA-GG)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="62"/>
        <source>not an e-mail address</source>
        <translation>e-poçt ünvanı deyil</translation>
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
        <translation>düzgün IBAN deyil</translation>
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
        <translation>rəqəm deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="68"/>
        <source>not a valid phone number for the client&apos;s country</source>
        <translation>kontragentin ölkəsi üçün düzgün telefon nömrəsi deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="69"/>
        <source>a client cannot be related to itself</source>
        <translation>kontragent özü ilə əlaqələndirilə bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="70"/>
        <source>required</source>
        <translation>məcburidir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="71"/>
        <source>not a valid tax ID for the country</source>
        <translation>ölkə üçün düzgün VÖEN deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="72"/>
        <source>not a valid KPP</source>
        <translation>düzgün KPP deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="73"/>
        <source>more characters than allowed</source>
        <translation>icazə veriləndən çox simvol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="74"/>
        <source>This category no longer exists</source>
        <translation>Bu kateqoriya artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="75"/>
        <source>A category cannot move into itself or below itself</source>
        <translation>Kateqoriya öz içinə və ya özündən aşağıya köçürülə bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="77"/>
        <source>Another product already has the code {code}</source>
        <translation>{code} kodu artıq başqa məhsuldadır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="79"/>
        <source>The minimum price is above the recommended price</source>
        <translation>Minimal qiymət tövsiyə olunan qiymətdən yüksəkdir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="81"/>
        <source>Prices cannot be negative</source>
        <translation>Qiymətlər mənfi ola bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="82"/>
        <source>Enter the category name</source>
        <translation>Kateqoriyanın adını daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="83"/>
        <source>Enter the product code</source>
        <translation>Məhsulun kodunu daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="84"/>
        <source>Enter the product name</source>
        <translation>Məhsulun adını daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="85"/>
        <source>Enter the unit</source>
        <translation>Ölçü vahidini daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="86"/>
        <source>Every warehouse needs a name</source>
        <translation>Hər anbarın adı olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="565"/>
        <source>This product no longer exists</source>
        <translation>Bu məhsul artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="88"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="101"/>
        <source>VAT must be from 0 to 100 %</source>
        <translation>ƏDV 0-dan 100 %-dək olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="89"/>
        <source>A warehouse no longer exists</source>
        <translation>Anbarlardan biri artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="90"/>
        <source>Two warehouses have the same name</source>
        <translation>İki anbarın adı eynidir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="92"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="448"/>
        <source>This client no longer exists</source>
        <translation>Bu kontragent artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="93"/>
        <source>{bic} is not a valid BIC</source>
        <translation>{bic} düzgün bank kodu (BIC) deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="94"/>
        <source>The device code is up to 8 letters or digits</source>
        <translation>Cihaz kodu 8 hərf və ya rəqəmədək olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="96"/>
        <source>{account} is not a valid IBAN</source>
        <translation>{account} düzgün IBAN deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="97"/>
        <source>The database has no company yet</source>
        <translation>Verilənlər bazasında hələ şirkət yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="98"/>
        <source>Enter the company&apos;s legal and short name</source>
        <translation>Şirkətin hüquqi və qısa adını daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="99"/>
        <source>Enter your company&apos;s requisites first</source>
        <translation>Əvvəlcə şirkətinizin rekvizitlərini daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="100"/>
        <source>{tax_id} is not a valid tax ID for {country}</source>
        <translation>{tax_id} {country} üçün düzgün VÖEN deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="102"/>
        <source>Field {key}: a choice field needs its choices</source>
        <translation>{key} sahəsi: seçim sahəsinə variantlar lazımdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="104"/>
        <source>Field key {key!r}: use small Latin letters, digits and _</source>
        <translation>Sahə açarı «{key}»: kiçik latın hərfləri, rəqəmlər və _ işlədin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="106"/>
        <source>Two custom fields have the same key</source>
        <translation>İki əlavə sahənin açarı eynidir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="107"/>
        <source>Field {key}: give it a label</source>
        <translation>{key} sahəsi: ona görünən ad verin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="108"/>
        <source>Not a usable database path ({reason}): {value}</source>
        <translation>Verilənlər bazasının yararsız yolu ({reason}): {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="109"/>
        <source>Not a database URL: {value}</source>
        <translation>Verilənlər bazasının URL-i deyil: {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="110"/>
        <source>No database given: --db is empty. Give a file path or a database URL</source>
        <translation>Verilənlər bazası göstərilməyib: --db boşdur. Fayl yolu və ya verilənlər bazasının URL-ini göstərin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="113"/>
        <source>The database is busy (another program is writing): nothing was saved. Try again in a moment.</source>
        <translation>Verilənlər bazası məşğuldur (başqa proqram yazır): heç nə saxlanılmadı. Bir azdan yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="117"/>
        <source>Cannot open database {database}: {reason}</source>
        <translation>{database} verilənlər bazası açıla bilmir: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="118"/>
        <source>The database {label} is damaged ({reason}). Restore the latest backup.</source>
        <translation>{label} verilənlər bazası zədələnib ({reason}). Son ehtiyat nüsxəni bərpa edin.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="120"/>
        <source>The disk holding {label} failed to write: nothing was saved.</source>
        <translation>{label} olan disk yaza bilmədi: heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="122"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Disk doludur: heç nə saxlanılmadı. Yer boşaldın və yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="124"/>
        <source>The last integrity check of {label} ({when}) found problems: {details}. Restore the latest backup</source>
        <translation>{label} üzrə son bütövlük yoxlaması ({when}) problemlər tapdı: {details}. Son ehtiyat nüsxəni bərpa edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="128"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>{path} bloklana bilmir: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="129"/>
        <source>{path} is open in another CRM Desktop program (process {pid} on {host}); close it first, or run this there</source>
        <translation>{path} başqa CRM Desktop proqramında açıqdır ({host} üzərində {pid} prosesi); əvvəlcə onu bağlayın və ya bunu orada icra edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="133"/>
        <source>No database at {path}</source>
        <translation>{path} yolunda verilənlər bazası yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="134"/>
        <source>The driver for {scheme} is not installed ({reason}): use postgresql+psycopg://… or an SQLite file</source>
        <translation>{scheme} üçün drayver quraşdırılmayıb ({reason}): postgresql+psycopg://… və ya SQLite faylı işlədin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="138"/>
        <source>Cannot open database {path}: the folder {folder} does not exist</source>
        <translation>{path} verilənlər bazası açıla bilmir: {folder} qovluğu mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="140"/>
        <source>{path} is not a CRM Desktop database ({reason}); nothing was changed</source>
        <translation>{path} CRM Desktop verilənlər bazası deyil ({reason}); heç nə dəyişdirilmədi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="143"/>
        <source>Could not update the database structure: {reason}</source>
        <translation>Verilənlər bazasının strukturu yenilənə bilmədi: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="145"/>
        <source>{label} is on a read-only disk or not writable: opened read-only, nothing can be saved</source>
        <translation>{label} yalnız oxunan diskdədir və ya ona yazmaq olmur: yalnız oxumaq üçün açıldı, heç nə saxlanıla bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="149"/>
        <source>The database {label} is read-only: nothing was saved. You can still look everything up.</source>
        <translation>{label} verilənlər bazası yalnız oxumaq üçündür: heç nə saxlanılmadı. Hər şeyə baxmaq yenə mümkündür.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="153"/>
        <source>The database refused the change: {reason}. Nothing was saved.</source>
        <translation>Verilənlər bazası dəyişikliyi rədd etdi: {reason}. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="155"/>
        <source>Unknown kind of database {scheme!r} in {value}: use a file path, sqlite:///FILE or postgresql+psycopg://…</source>
        <translation>{value} içində naməlum verilənlər bazası növü «{scheme}»: fayl yolu, sqlite:///FAYL və ya postgresql+psycopg://… işlədin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="159"/>
        <source>A deal&apos;s amount cannot be negative</source>
        <translation>Sövdələşmənin məbləği mənfi ola bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="160"/>
        <source>The deal&apos;s client no longer exists</source>
        <translation>Sövdələşmənin kontragenti artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="161"/>
        <source>Write the comment first</source>
        <translation>Əvvəlcə şərhi yazın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="162"/>
        <source>The contact person works for another client</source>
        <translation>Əlaqə şəxsi başqa kontragentdə işləyir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="164"/>
        <source>This deal no longer exists</source>
        <translation>Bu sövdələşmə artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="165"/>
        <source>No stage named {stage}</source>
        <translation>«{stage}» adlı mərhələ yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="166"/>
        <source>Give the deal a title</source>
        <translation>Sövdələşməyə ad verin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="167"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="377"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="730"/>
        <source>Choose csv, json or text, not {format}</source>
        <translation>{format} deyil, csv, json və ya text seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="168"/>
        <source>The database {label} already has clients; create demo data in a new file</source>
        <translation>{label} verilənlər bazasında artıq kontragentlər var; demo məlumatları yeni faylda yaradın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="170"/>
        <source>Unknown demo scale {scale!r}; use small or large</source>
        <translation>Naməlum demo həcmi «{scale}»; small və ya large işlədin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="172"/>
        <source>This document no longer exists</source>
        <translation>Bu sənəd artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="173"/>
        <source>No document numbered {number}</source>
        <translation>{number} nömrəli sənəd yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="174"/>
        <source>{field}: right-to-left text ({chars}) cannot be printed correctly on documents yet</source>
        <translation>{field}: sağdan sola yazılan mətni ({chars}) sənədlərdə hələ düzgün çap etmək olmur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="177"/>
        <source>{field}: the document font cannot print {chars}</source>
        <translation>{field}: sənəd şrifti {chars} simvollarını çap edə bilmir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="179"/>
        <source>e-mail {value}</source>
        <translation>e-poçt {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="180"/>
        <source>name {value}</source>
        <translation>ad {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="181"/>
        <source>phone {value}</source>
        <translation>telefon {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="182"/>
        <source>name {value} ({score}%)</source>
        <translation>ad {value} ({score}%)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="183"/>
        <source>tax ID {value}</source>
        <translation>VÖEN {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="184"/>
        <source>A cancelled event cannot be completed</source>
        <translation>Ləğv edilmiş hadisə tamamlana bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="186"/>
        <source>The contact person does not belong to this client</source>
        <translation>Əlaqə şəxsi bu kontragentə aid deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="188"/>
        <source>This event no longer exists</source>
        <translation>Bu hadisə artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="189"/>
        <source>The start time has no time zone</source>
        <translation>Başlama vaxtının saat qurşağı yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="190"/>
        <source>The duration cannot be negative</source>
        <translation>Müddət mənfi ola bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="191"/>
        <source>Enter a subject</source>
        <translation>Mövzunu daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="192"/>
        <source>Only a planned event can be rescheduled</source>
        <translation>Yalnız planlaşdırılmış hadisənin vaxtı dəyişdirilə bilər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="193"/>
        <source>The subject is longer than {max} characters</source>
        <translation>Mövzu {max} simvoldan uzundur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="195"/>
        <source>Name the file .{kind} for the {format} format, not {name}</source>
        <translation>{format} formatı üçün faylı .{kind} adlandırın, {name} yox</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="197"/>
        <source>Choose a .csv or .xlsx file, not {name}</source>
        <translation>{name} deyil, .csv və ya .xlsx faylı seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="198"/>
        <source>A delimiter is one character (or tab), not {delimiter!r}</source>
        <translation>Ayırıcı bir simvoldur (və ya tab), «{delimiter}» deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="200"/>
        <source>Cannot tell how the columns of {name} are separated; choose the delimiter ({found})</source>
        <translation>{name} faylının sütunlarının nə ilə ayrıldığını müəyyən etmək olmur; ayırıcını seçin ({found})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="203"/>
        <source>{name} is empty</source>
        <translation>{name} boşdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="208"/>
        <source>{name} has more than {max} rows</source>
        <translation>{name} faylında {max} sətirdən çoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="209"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} oxuna bilmir: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="210"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} yazıla bilmədi: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="211"/>
        <source>{name} is not a readable XLSX workbook: its contents are damaged</source>
        <translation>{name} oxunaqlı XLSX kitabı deyil: məzmunu zədələnib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="213"/>
        <source>Enter the company name</source>
        <translation>Şirkətin adını daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="214"/>
        <source>Choose a currency</source>
        <translation>Valyuta seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="215"/>
        <source>Enter your name</source>
        <translation>Adınızı daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="216"/>
        <source>Your role ({role}) may not do this: {permission}</source>
        <translation>Rolunuz ({role}) bunu edə bilməz: {permission}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="217"/>
        <source>birthday not a date: {value!r}</source>
        <translation>doğum günü tarix deyil: «{value}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="218"/>
        <source>The import was cancelled; nothing was imported</source>
        <translation>İdxal ləğv edildi; heç nə idxal edilmədi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="223"/>
        <source>created beside {name} ({match})</source>
        <translation>«{name}» yanında yaradıldı ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="253"/>
        <source>Choose a .csv, .xlsx or .vcf file, not {name}</source>
        <translation>{name} deyil, .csv, .xlsx və ya .vcf faylı seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="254"/>
        <source>no name</source>
        <translation>ad yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="255"/>
        <source>Choose the column with the name</source>
        <translation>Adın olduğu sütunu seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="256"/>
        <source>{name} has no vCards</source>
        <translation>{name} faylında vCard yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="260"/>
        <source>update of {name}: {reason}</source>
        <translation>«{name}» yenilənməsi: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="261"/>
        <source>{problems} of {rows} rows have problems; nothing was imported</source>
        <translation>{rows} sətirdən {problems} sətirdə problem var; heç nə idxal edilmədi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="263"/>
        <source>skipped: duplicate of {name} ({match})</source>
        <translation>keçildi: «{name}» dublikatı ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="265"/>
        <source>skipped: repeats row of {name} in this file</source>
        <translation>keçildi: bu faylda «{name}» sətrini təkrarlayır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="267"/>
        <source>updated {name} ({match})</source>
        <translation>«{name}» yeniləndi ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="204"/>
        <source>Cannot tell the text encoding of {name} (UTF-8, UTF-16, Windows-1251 and CP866 are read); save it as UTF-8 and import it again</source>
        <translation>{name} faylının kodlaşdırmasını müəyyən etmək olmur (UTF-8, UTF-16, Windows-1251 və CP866 oxunur); onu UTF-8 kimi saxlayıb yenidən idxal edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="221"/>
        <source>column {column!r} was not imported, but its values look like {what}</source>
        <translation>«{column}» sütunu idxal edilmədi, lakin onun dəyərləri {what} kimi görünür</translation>
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
        <translation>ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="227"/>
        <source>city</source>
        <translation>şəhər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="228"/>
        <source>contact person</source>
        <translation>əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="229"/>
        <source>contact&apos;s birthday</source>
        <translation>əlaqə şəxsinin doğum günü</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="230"/>
        <source>contact&apos;s e-mail</source>
        <translation>əlaqə şəxsinin e-poçtu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="231"/>
        <source>contact&apos;s name</source>
        <translation>əlaqə şəxsinin adı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="232"/>
        <source>contact&apos;s phone</source>
        <translation>əlaqə şəxsinin telefonu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="233"/>
        <source>contact&apos;s position</source>
        <translation>əlaqə şəxsinin vəzifəsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="234"/>
        <source>country</source>
        <translation>ölkə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="235"/>
        <source>currency</source>
        <translation>valyuta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="236"/>
        <source>custom field</source>
        <translation>əlavə sahə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="237"/>
        <source>e-mail</source>
        <translation>e-poçt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="238"/>
        <source>field</source>
        <translation>sahə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="239"/>
        <source>full name</source>
        <translation>tam ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="240"/>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="241"/>
        <source>legal address</source>
        <translation>hüquqi ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="242"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="243"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="244"/>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="245"/>
        <source>source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="246"/>
        <source>tag</source>
        <translation>etiket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="247"/>
        <source>tax ID</source>
        <translation>VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="248"/>
        <source>KPP</source>
        <translation>KPP</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="249"/>
        <source>website</source>
        <translation>veb-sayt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="250"/>
        <source>e-mail addresses</source>
        <translation>e-poçt ünvanları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="251"/>
        <source>phone numbers</source>
        <translation>telefon nömrələri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="252"/>
        <source>tax IDs</source>
        <translation>VÖEN-lər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="257"/>
        <source>phone {phone} kept as typed: its number is possible but not known to be in use</source>
        <translation>{phone} telefonu yazıldığı kimi saxlanıldı: belə nömrə mümkündür, lakin istifadədə olduğu məlum deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="268"/>
        <source>{name} is not a readable vCard file: {reason}</source>
        <translation>{name} oxunaqlı vCard faylı deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="270"/>
        <source>A loss reason needs a name</source>
        <translation>İtirilmə səbəbinin adı olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="271"/>
        <source>Choose the reason the deal was lost</source>
        <translation>Sövdələşmənin itirilmə səbəbini seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="272"/>
        <source>This message cannot be cancelled</source>
        <translation>Bu məktubu ləğv etmək olmaz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="273"/>
        <source>This message cannot be sent again</source>
        <translation>Bu məktubu yenidən göndərmək olmaz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="274"/>
        <source>This draft has no recipient: open it in the mail client to finish it</source>
        <translation>Bu qaralamanın alıcısı yoxdur: onu tamamlamaq üçün poçt proqramında açın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="276"/>
        <source>There is no secure keychain on this computer (only {backend}, which would keep the password readable in a file), so the password was not stored. Enter it for this session only, or install a keychain service (GNOME Keyring or KWallet) and save it again</source>
        <translation>Bu kompüterdə etibarlı parol anbarı yoxdur (yalnız {backend} var, o isə parolu faylda oxunaqlı saxlayardı), ona görə parol saxlanılmadı. Onu yalnız bu seans üçün daxil edin və ya parol anbarı xidməti (GNOME Keyring və ya KWallet) quraşdırıb yenidən yadda saxlayın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="282"/>
        <source>Interrupted while sending: it may have reached the server. Check before sending it again.</source>
        <translation>Göndərmə zamanı kəsildi: məktub serverə çatmış ola bilər. Yenidən göndərməzdən əvvəl yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="286"/>
        <source>The system keychain refused the password: {reason}</source>
        <translation>Sistemin parol anbarı parolu qəbul etmədi: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="288"/>
        <source>The mail server refused the login: {answer}. Check the user and password in Settings → Mail server</source>
        <translation>Poçt serveri girişi rədd etdi: {answer}. İstifadəçini və parolu Ayarlar → Poçt serveri bölməsində yoxlayın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="292"/>
        <source>The connection was lost after the whole message was sent ({reason}): it may have reached the server. Check before sending it again.</source>
        <translation>Bütün məktub göndərildikdən sonra əlaqə kəsildi ({reason}): məktub serverə çatmış ola bilər. Yenidən göndərməzdən əvvəl yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="296"/>
        <source>This message no longer exists</source>
        <translation>Bu məktub artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="297"/>
        <source>The mail server {server} does not offer a login (AUTH) here: check the port and security in Settings → Mail server, or leave the user empty</source>
        <translation>{server} poçt serveri burada giriş (AUTH) təklif etmir: portu və təhlükəsizliyi Ayarlar → Poçt serveri bölməsində yoxlayın və ya istifadəçini boş saxlayın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="301"/>
        <source>Enter the SMTP server</source>
        <translation>SMTP serverini daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="302"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="490"/>
        <source>The system keychain is not available: {reason}</source>
        <translation>Sistemin parol anbarı əlçatan deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="304"/>
        <source>No password for the mail server {server}: enter it in Settings → Mail server</source>
        <translation>{server} poçt serveri üçün parol yoxdur: onu Ayarlar → Poçt serveri bölməsində daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="307"/>
        <source>Enter the recipient&apos;s e-mail address</source>
        <translation>Alıcının e-poçt ünvanını daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="308"/>
        <source>Enter the sender&apos;s e-mail address</source>
        <translation>Göndərənin e-poçt ünvanını daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="309"/>
        <source>Set up the mail server first: Settings → Mail server</source>
        <translation>Əvvəlcə poçt serverini qurun: Ayarlar → Poçt serveri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="311"/>
        <source>This message is no longer a draft (sent, cancelled or removed)</source>
        <translation>Bu məktub artıq qaralama deyil (göndərilib, ləğv edilib və ya silinib)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="313"/>
        <source>The mail server {server} does not offer STARTTLS: choose SSL/TLS or another port in Settings → Mail server</source>
        <translation>{server} poçt serveri STARTTLS təklif etmir: Ayarlar → Poçt serveri bölməsində SSL/TLS və ya başqa port seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="317"/>
        <source>The port must be from 1 to 65535</source>
        <translation>Port 1-dən 65535-dək olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="318"/>
        <source>Choose SSL/TLS, STARTTLS or none</source>
        <translation>SSL/TLS, STARTTLS və ya şifrələməsiz seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="319"/>
        <source>No secure connection to the mail server {server} ({reason}): check the port and security in Settings → Mail server</source>
        <translation>{server} poçt serveri ilə təhlükəsiz əlaqə yoxdur ({reason}): portu və təhlükəsizliyi Ayarlar → Poçt serveri bölməsində yoxlayın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="323"/>
        <source>Cannot reach the mail server: {reason}</source>
        <translation>Poçt serverinə qoşulmaq olmur: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="324"/>
        <source>The certificate of the mail server {server} is not trusted ({reason}): check the server&apos;s name and security in Settings → Mail server</source>
        <translation>{server} poçt serverinin sertifikatına etibar edilmir ({reason}): serverin adını və təhlükəsizliyi Ayarlar → Poçt serveri bölməsində yoxlayın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="328"/>
        <source>The user name or password has characters beyond Latin letters, and the mail server offers no login that can carry them (it offers: {methods}): use a password of Latin letters, digits and signs, or ask the mail administrator to enable PLAIN or LOGIN</source>
        <translation>İstifadəçi adında və ya parolda latın hərflərindən başqa simvollar var, poçt serveri isə onları ötürə bilən giriş təklif etmir (təklif etdikləri: {methods}): latın hərfləri, rəqəmlər və işarələrdən ibarət parol işlədin və ya poçt administratorundan PLAIN və ya LOGIN-i aktivləşdirməyi xahiş edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="333"/>
        <source>One of the clients no longer exists</source>
        <translation>Kontragentlərdən biri artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="334"/>
        <source>Choose two different clients to merge</source>
        <translation>Birləşdirmək üçün iki fərqli kontragent seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="335"/>
        <source>Unknown fields: {fields}</source>
        <translation>Naməlum sahələr: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="336"/>
        <source>To enter {stage}, fill in first: {fields}</source>
        <translation>«{stage}» mərhələsinə keçmək üçün əvvəlcə doldurun: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="337"/>
        <source>{pipeline} is a strict pipeline: a deal in {from_stage} may go only to {allowed}, not to {to_stage}</source>
        <translation>«{pipeline}» ciddi satış qıfıdır: «{from_stage}» mərhələsindəki sövdələşmə yalnız {allowed} mərhələsinə keçə bilər, «{to_stage}» mərhələsinə yox</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="341"/>
        <source>Nobody is signed in: nothing was saved</source>
        <translation>Heç kim daxil olmayıb: heç nə saxlanılmadı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="342"/>
        <source>The pipeline {pipeline} has no open stage</source>
        <translation>«{pipeline}» satış qıfında açıq mərhələ yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="343"/>
        <source>There is no pipeline yet: the head of sales makes one in the stage editor</source>
        <translation>Hələ satış qıfı yoxdur: onu satış şöbəsinin rəhbəri mərhələ redaktorunda yaradır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="345"/>
        <source>The deal belongs to {owner}: only the head of sales may change another salesperson&apos;s deal</source>
        <translation>Sövdələşmə {owner} adınadır: başqa satış menecerinin sövdələşməsini yalnız satış şöbəsinin rəhbəri dəyişə bilər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="349"/>
        <source>Not a number: {text}</source>
        <translation>Rəqəm deyil: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="350"/>
        <source>Only the head of sales may give a deal to another salesperson</source>
        <translation>Sövdələşməni başqa satış menecerinə yalnız satış şöbəsinin rəhbəri verə bilər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="352"/>
        <source>Order {number} was already made from it</source>
        <translation>Ondan artıq {number} sifarişi yaradılıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="353"/>
        <source>An order in status {status} cannot be shipped</source>
        <translation>{status} statusundakı sifariş göndərilə bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="355"/>
        <source>The order is {status}: its status cannot change</source>
        <translation>Sifariş {status} statusundadır: statusu dəyişə bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="356"/>
        <source>Only a won deal becomes an order</source>
        <translation>Yalnız qazanılmış sövdələşmə sifarişə çevrilir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="357"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="410"/>
        <source>{line}: the discount must be from 0 to 99.99 %</source>
        <translation>{line}: endirim 0-dan 99,99 %-dək olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="359"/>
        <source>{line}: the price cannot be negative</source>
        <translation>{line}: qiymət mənfi ola bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="360"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="421"/>
        <source>{line}: the quantity must be above zero</source>
        <translation>{line}: miqdar sıfırdan çox olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="361"/>
        <source>The order is {status}: its lines can no longer change</source>
        <translation>Sifariş {status} statusundadır: onun sətirləri artıq dəyişə bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="363"/>
        <source>The client has no e-mail address: the status was not sent</source>
        <translation>Kontragentin e-poçt ünvanı yoxdur: status göndərilmədi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="365"/>
        <source>Add at least one line to the order</source>
        <translation>Sifarişə ən azı bir sətir əlavə edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="366"/>
        <source>Only an issued invoice becomes an order</source>
        <translation>Yalnız təqdim edilmiş hesab-faktura sifarişə çevrilir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="367"/>
        <source>This order no longer exists</source>
        <translation>Bu sifariş artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="368"/>
        <source>The order belongs to {owner}: only the head of sales may change another salesperson&apos;s order</source>
        <translation>Sifariş {owner} adınadır: başqa satış menecerinin sifarişini yalnız satış şöbəsinin rəhbəri dəyişə bilər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="372"/>
        <source>Enter a quantity to ship</source>
        <translation>Göndəriləcək miqdarı daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="373"/>
        <source>{line}: more than ordered would be shipped ({quantity})</source>
        <translation>{line}: sifariş ediləndən çox göndərilərdi ({quantity})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="375"/>
        <source>An order in status {from_status} cannot become {to_status}</source>
        <translation>{from_status} statusundakı sifariş {to_status} statusuna keçə bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="378"/>
        <source>Only {left} {currency} is outstanding on {number}</source>
        <translation>{number} üzrə ödənilməli qalıq cəmi {left} {currency}-dır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="380"/>
        <source>The amount must be above zero</source>
        <translation>Məbləğ sıfırdan çox olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="381"/>
        <source>This invoice no longer exists</source>
        <translation>Bu hesab-faktura artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="382"/>
        <source>Invoice {number} is {status}: nothing to pay</source>
        <translation>{number} hesab-fakturası {status} statusundadır: ödəniləcək bir şey yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="384"/>
        <source>The phone number is empty</source>
        <translation>Telefon nömrəsi boşdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="385"/>
        <source>Not a valid phone number: {raw}</source>
        <translation>Düzgün telefon nömrəsi deyil: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="386"/>
        <source>Not a phone number: {raw}</source>
        <translation>Telefon nömrəsi deyil: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="387"/>
        <source>Give the pipeline a name</source>
        <translation>Satış qıfına ad verin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="388"/>
        <source>A pipeline needs at least one open stage, one won and one lost stage</source>
        <translation>Satış qıfında ən azı bir açıq, bir qazanılmış və bir itirilmiş mərhələ olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="390"/>
        <source>No pipeline {pipeline}</source>
        <translation>«{pipeline}» satış qıfı yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="391"/>
        <source>minimum {minimum} above price {price}</source>
        <translation>minimum {minimum} qiymət {price}-dan yüksəkdir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="393"/>
        <source>not a valid amount: {text!r}</source>
        <translation>düzgün məbləğ deyil: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="394"/>
        <source>Choose the column with the product code</source>
        <translation>Məhsul kodunun olduğu sütunu seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="396"/>
        <source>no warehouse for the stock</source>
        <translation>qalıq üçün anbar yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="397"/>
        <source>not a number: {text!r}</source>
        <translation>rəqəm deyil: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="398"/>
        <source>No warehouse named {name!r}</source>
        <translation>«{name}» adlı anbar yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="400"/>
        <source>unknown product code {code!r}</source>
        <translation>naməlum məhsul kodu «{code}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="401"/>
        <source>unknown warehouse {name!r}</source>
        <translation>naməlum anbar «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="402"/>
        <source>A probability is from 0 to 100 %</source>
        <translation>Ehtimal 0-dan 100 %-dəkdir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="403"/>
        <source>The stage {stage} allows a next stage {next} the pipeline lacks</source>
        <translation>{stage} mərhələsi satış qıfında olmayan {next} növbəti mərhələsinə icazə verir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="405"/>
        <source>{line}: the price is below the minimum {minimum} {currency}. Ask the head of sales to approve it.</source>
        <translation>{line}: qiymət minimumdan ({minimum} {currency}) aşağıdır. Təsdiq üçün satış şöbəsinin rəhbərinə müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="409"/>
        <source>The discount must be from 0 to 99.99 %</source>
        <translation>Endirim 0-dan 99,99 %-dək olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="412"/>
        <source>A price cannot be negative</source>
        <translation>Qiymət mənfi ola bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="413"/>
        <source>Add at least one product</source>
        <translation>Ən azı bir məhsul əlavə edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="414"/>
        <source>Set the exchange rate of {currency} to {base} in Settings → Company → Exchange rates before quoting this client</source>
        <translation>Bu kontragentə kommersiya təklifi verməzdən əvvəl Ayarlar → Şirkət → Valyuta məzənnələri bölməsində {currency} valyutasının {base} məzənnəsini təyin edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="418"/>
        <source>Give the reason for the prices below the minimum</source>
        <translation>Minimumdan aşağı qiymətlərin səbəbini göstərin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="420"/>
        <source>Payment days must be from 0 to 365</source>
        <translation>Ödəniş günləri 0-dan 365-dək olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="422"/>
        <source>{code} is not a currency code (three capital letters, such as USD)</source>
        <translation>{code} valyuta kodu deyil (üç böyük latın hərfi, məsələn USD)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="424"/>
        <source>{code} is listed twice</source>
        <translation>{code} valyutası iki dəfə göstərilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="425"/>
        <source>Enter the rate of {code}</source>
        <translation>{code} məzənnəsini daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="426"/>
        <source>{code} is the company&apos;s own currency: it needs no exchange rate</source>
        <translation>{code} şirkətin öz valyutasıdır: onun üçün məzənnə lazım deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="428"/>
        <source>The rate of {code} may have at most 6 decimal places</source>
        <translation>{code} məzənnəsində vergüldən sonra ən çoxu 6 rəqəm ola bilər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="430"/>
        <source>The rate of {code} must be above 0 and below 1,000,000,000</source>
        <translation>{code} məzənnəsi 0-dan böyük və 1 000 000 000-dan kiçik olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="432"/>
        <source>Restore from {path} failed: {reason}; the previous content is in {safety}</source>
        <translation>{path} nüsxəsindən bərpa alınmadı: {reason}; əvvəlki məzmun {safety} faylındadır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="434"/>
        <source>{path} is not a usable backup: {reason}</source>
        <translation>{path} yararlı ehtiyat nüsxə deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="435"/>
        <source>{path} is not a usable CRM Desktop backup ({verdict})</source>
        <translation>{path} yararlı CRM Desktop ehtiyat nüsxəsi deyil ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="437"/>
        <source>Restore from the program is for SQLite files; use pg_restore for a PostgreSQL server</source>
        <translation>Proqramdan bərpa SQLite faylları üçündür; PostgreSQL serveri üçün pg_restore işlədin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="441"/>
        <source>No custom field {key!r}</source>
        <translation>«{key}» əlavə sahəsi yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="442"/>
        <source>Give the segment a name</source>
        <translation>Seqmentə ad verin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="443"/>
        <source>Give the template a name</source>
        <translation>Şablona ad verin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="444"/>
        <source>Write the subject of the letter</source>
        <translation>Məktubun mövzusunu yazın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="445"/>
        <source>No campaign template {name}</source>
        <translation>«{name}» kampaniya şablonu yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="446"/>
        <source>Name a client or an e-mail address</source>
        <translation>Kontragent və ya e-poçt ünvanı göstərin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="447"/>
        <source>{address} is not an e-mail address</source>
        <translation>{address} e-poçt ünvanı deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="449"/>
        <source>No segment {name}</source>
        <translation>«{name}» seqmenti yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="450"/>
        <source>Nobody in {segment} would get the letter ({total} clients: opted out, bad or no address)</source>
        <translation>{segment} seqmentində məktubu heç kim almayacaq ({total} kontragent: imtina edib, ünvanı səhvdir və ya yoxdur)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="453"/>
        <source>The rate must be from 1 to {maximum} messages a minute</source>
        <translation>Sürət dəqiqədə 1 ilə {maximum} məktub arasında olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="455"/>
        <source>This campaign no longer exists</source>
        <translation>Bu kampaniya artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="456"/>
        <source>This client is not in the campaign&apos;s segment</source>
        <translation>Bu kontragent kampaniyanın seqmentində deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="458"/>
        <source>Enter the address the test letter goes to</source>
        <translation>Test məktubunun gedəcəyi ünvanı daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="460"/>
        <source>The stage {stage} still holds {count} deals: move them first</source>
        <translation>{stage} mərhələsində hələ {count} sövdələşmə var: əvvəlcə onları köçürün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="462"/>
        <source>Every stage needs a name</source>
        <translation>Hər mərhələnin adı olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="463"/>
        <source>The pipeline {pipeline} has no stage {stage}</source>
        <translation>«{pipeline}» satış qıfında «{stage}» mərhələsi yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="465"/>
        <source>The account {login} is disabled: ask the administrator</source>
        <translation>{login} hesabı söndürülüb: administratora müraciət edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="467"/>
        <source>Not a server address (HOST:PORT): {address}</source>
        <translation>Server ünvanı deyil (HOST:PORT): {address}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="468"/>
        <source>--listen takes HOST:PORT, not {value}</source>
        <translation>--listen HOST:PORT qəbul edir, {value} yox</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="469"/>
        <source>A login is 2 to 64 small Latin letters, digits, dots, dashes or underscores, not {login!r}</source>
        <translation>Login 2-dən 64-dək kiçik latın hərfi, rəqəm, nöqtə, defis və ya alt xəttdən ibarətdir, «{login}» yox</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="473"/>
        <source>The request is not understood: {reason}</source>
        <translation>Sorğu anlaşılmadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="474"/>
        <source>Keep the change history from 0 (forever) to 36500 days</source>
        <translation>Dəyişikliklər tarixçəsini 0 (həmişəlik) ilə 36500 gün arasında saxlayın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="476"/>
        <source>{field}: {value!r} is not a valid value</source>
        <translation>{field}: «{value}» düzgün dəyər deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="477"/>
        <source>The team server&apos;s certificate has changed: it is now {fingerprint}, not the {pinned} you accepted. Nothing was sent. If nobody replaced it on the server, someone may be intercepting the connection.</source>
        <translation>Komanda serverinin sertifikatı dəyişib: indi o {fingerprint}-dir, qəbul etdiyiniz {pinned} deyil. Heç nə göndərilmədi. Əgər serverdə onu heç kim dəyişməyibsə, kimsə əlaqəni ələ keçirə bilər.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="482"/>
        <source>The certificate {path} cannot be used: {reason}</source>
        <translation>{path} sertifikatı istifadə edilə bilməz: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="484"/>
        <source>{login} is not a head of sales</source>
        <translation>{login} satış şöbəsinin rəhbəri deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="485"/>
        <source>The login {login} is taken</source>
        <translation>{login} logini artıq tutulub</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="486"/>
        <source>The team server needs a PostgreSQL database (--db postgresql+psycopg://…), not {database}</source>
        <translation>Komanda serverinə PostgreSQL verilənlər bazası lazımdır (--db postgresql+psycopg://…), {database} yox</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="492"/>
        <source>Enter the person&apos;s name</source>
        <translation>Şəxsin adını daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="493"/>
        <source>No password given (type it, or pipe it on standard input)</source>
        <translation>Parol verilməyib (onu yazın və ya standart girişlə ötürün)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="495"/>
        <source>No team {name}</source>
        <translation>«{name}» komandası yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="496"/>
        <source>No user {login}</source>
        <translation>{login} istifadəçisi yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="497"/>
        <source>Give the team a name</source>
        <translation>Komandaya ad verin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="498"/>
        <source>Sign in to the team server first</source>
        <translation>Əvvəlcə komanda serverinə daxil olun</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="499"/>
        <source>No such client among those you may see</source>
        <translation>Görə biləcəyiniz kontragentlər arasında belə kontragent yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="500"/>
        <source>Not signed in to a team server</source>
        <translation>Komanda serverinə daxil olunmayıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="501"/>
        <source>You cannot disable your own account or take away your own administration</source>
        <translation>Öz hesabınızı söndürə və ya öz administrator hüququnuzu ləğv edə bilməzsiniz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="503"/>
        <source>The password must have at least {minimum} characters</source>
        <translation>Parol ən azı {minimum} simvoldan ibarət olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="505"/>
        <source>The two passwords differ</source>
        <translation>İki parol fərqlidir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="506"/>
        <source>The server&apos;s database role {role} {why}: row-level security would not apply to it. Let the server log in as a role that is only a member of crm_app (README: Team server)</source>
        <translation>Serverin verilənlər bazası rolu {role} {why}: sətir səviyyəsində təhlükəsizlik (RLS) ona tətbiq olunmayacaq. Server yalnız crm_app üzvü olan rolla daxil olsun (README: Team server)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="511"/>
        <source>The database is at revision {revision}, the server needs {head}: run `crm-desktop db upgrade --db …` as the database owner</source>
        <translation>Verilənlər bazası {revision} versiyasındadır, serverə {head} lazımdır: verilənlər bazasının sahibi kimi `crm-desktop db upgrade --db …` icra edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="515"/>
        <source>The team server failed: {reason}</source>
        <translation>Komanda serverində nasazlıq: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="516"/>
        <source>Share with one person or one team</source>
        <translation>Bir şəxslə və ya bir komanda ilə paylaşın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="517"/>
        <source>Too many wrong passwords: try again in {seconds} seconds</source>
        <translation>Çox sayda yanlış parol: {seconds} saniyədən sonra yenidən cəhd edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="519"/>
        <source>Give both --tls-cert and --tls-key, or neither</source>
        <translation>Həm --tls-cert, həm də --tls-key verin və ya heç birini verməyin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="520"/>
        <source>Your sign-in has expired: sign in again</source>
        <translation>Girişinizin müddəti bitib: yenidən daxil olun</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="521"/>
        <source>You were signed out (here, on another desktop or by the administrator): sign in again</source>
        <translation>Sistemdən çıxarıldınız (burada, başqa kompüterdə və ya administrator tərəfindən): yenidən daxil olun</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="525"/>
        <source>The team server answered something unexpected ({status})</source>
        <translation>Komanda serveri gözlənilməz cavab verdi ({status})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="527"/>
        <source>A client has no field {field}</source>
        <translation>Kontragentin {field} sahəsi yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="528"/>
        <source>The team server {address} does not answer ({reason}). You keep working on this computer.</source>
        <translation>{address} komanda serveri cavab vermir ({reason}). Bu kompüterdə işləməyə davam edirsiniz.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="532"/>
        <source>Wrong login or password</source>
        <translation>Yanlış login və ya parol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="533"/>
        <source>This program (database version {revision}) is older than the team server&apos;s ({server}). Update the program to sync; your unsent changes wait on this computer.</source>
        <translation>Bu proqram (verilənlər bazası versiyası {revision}) komanda serverindəkindən ({server}) köhnədir. Sinxronlaşdırmaq üçün proqramı yeniləyin; göndərilməmiş dəyişiklikləriniz bu kompüterdə gözləyir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="538"/>
        <source>The team server cannot read a sync batch: {reason}</source>
        <translation>Komanda serveri sinxronizasiya paketini oxuya bilmir: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="540"/>
        <source>This copy is not connected to a team server: run crm-desktop connect URL --user LOGIN</source>
        <translation>Bu nüsxə komanda serverinə qoşulmayıb: crm-desktop connect URL --user LOGIN əmrini icra edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="544"/>
        <source>Signed out of the team server {address}: run crm-desktop connect again</source>
        <translation>{address} komanda serverindən çıxış edilib: crm-desktop connect əmrini yenidən icra edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="546"/>
        <source>This conflict is no longer in the inbox</source>
        <translation>Bu konflikt artıq konfliktlər siyahısında deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="548"/>
        <source>The value of {field} cannot be taken back here ({kind}): the record changed for a reason the server keeps</source>
        <translation>{field} dəyərini burada geri qaytarmaq olmaz ({kind}): qeyd serverin saxladığı səbəbə görə dəyişib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="552"/>
        <source>The server&apos;s certificate is {fingerprint}, not the {expected} you gave. Nothing was sent.</source>
        <translation>Serverin sertifikatı: {fingerprint}; sizin göstərdiyiniz isə {expected}. Heç nə göndərilmədi.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="556"/>
        <source>This claim no longer exists</source>
        <translation>Bu reklamasiya artıq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="557"/>
        <source>The claim is handled by {owner}: only the head of sales may change another person&apos;s claim</source>
        <translation>Reklamasiya ilə {owner} məşğuldur: başqasının reklamasiyasını yalnız satış şöbəsinin rəhbəri dəyişə bilər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="560"/>
        <source>Describe the essence of the claim</source>
        <translation>Reklamasiyanın mahiyyətini təsvir edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="561"/>
        <source>The contact person does not belong to the claimant</source>
        <translation>Əlaqə şəxsi iddiaçıya aid deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="563"/>
        <source>Order {number} is another client&apos;s</source>
        <translation>{number} sifarişi başqa kontragentindir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="564"/>
        <source>Invoice {number} is another client&apos;s</source>
        <translation>{number} hesab-fakturası başqa kontragentindir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="566"/>
        <source>This reason is not in the list</source>
        <translation>Bu səbəb siyahıda yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="567"/>
        <source>This result is not in the list</source>
        <translation>Bu nəticə siyahıda yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="568"/>
        <source>This employee is not an active user</source>
        <translation>Bu əməkdaş aktiv istifadəçi deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="569"/>
        <source>You may see the figures of {allowed} only, not of the people chosen</source>
        <translation>Siz yalnız bunların göstəricilərini görə bilərsiniz: {allowed}; seçilmiş şəxslərinkini yox</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="571"/>
        <source>The period ends ({end}) before it starts ({start})</source>
        <translation>Dövr başlamazdan ({start}) əvvəl bitir ({end})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="573"/>
        <source>No report {name}; the reports are {names}</source>
        <translation>«{name}» hesabatı yoxdur; mövcud hesabatlar: {names}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="574"/>
        <source>Sales cannot be grouped by {group}; use one of {groups}</source>
        <translation>Satışları «{group}» üzrə qruplaşdırmaq olmaz; bunlardan birini işlədin: {groups}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="576"/>
        <source>A plan cannot be negative: {amount}</source>
        <translation>Plan mənfi ola bilməz: {amount}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="577"/>
        <source>No such person: {manager}</source>
        <translation>Belə menecer yoxdur: {manager}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="578"/>
        <source>No export format {format}; use one of {formats}</source>
        <translation>«{format}» ixrac formatı yoxdur; bunlardan birini işlədin: {formats}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="580"/>
        <source>{option} {value}: not a date; write it as YYYY-MM-DD</source>
        <translation>{option} {value}: tarix deyil; İİİİ-AA-GG şəklində yazın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="582"/>
        <source>No person with the login {login}</source>
        <translation>{login} loginli şəxs yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="585"/>
        <source>Sales funnel: {pipeline}</source>
        <translation>Satış qıfı: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="586"/>
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="587"/>
        <source>Manager benchmark</source>
        <translation>Menecerlərin müqayisəsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="588"/>
        <source>Won and lost</source>
        <translation>Qazanılan və itirilən</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="589"/>
        <source>Lead sources</source>
        <translation>Lid mənbələri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="590"/>
        <source>Claims</source>
        <translation>Reklamasiyalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="591"/>
        <source>Overdue work</source>
        <translation>Vaxtı keçmiş işlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="592"/>
        <source>Reactivation candidates</source>
        <translation>Reaktivasiya namizədləri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="593"/>
        <source>Won and lost by manager</source>
        <translation>Menecerlər üzrə qazanılan və itirilən</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="594"/>
        <source>Leads and won deals by source</source>
        <translation>Mənbələr üzrə lidlər və qazanılan sövdələşmələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="595"/>
        <source>Sales, {currency}</source>
        <translation>Satışlar, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="596"/>
        <source>Revenue against last year, {currency}</source>
        <translation>Gəlir keçən illə müqayisədə, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="597"/>
        <source>Claims by month</source>
        <translation>Aylar üzrə reklamasiyalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="598"/>
        <source>Overdue work by responsible</source>
        <translation>Məsul şəxslər üzrə vaxtı keçmiş işlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="599"/>
        <source>Past revenue of the clients to win back, {currency}</source>
        <translation>Geri qaytarılacaq kontragentlərin keçmiş gəliri, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="602"/>
        <source>Open deals by stage: {pipeline}</source>
        <translation>Mərhələlər üzrə açıq sövdələşmələr, satış qıfı: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="603"/>
        <source>Entered</source>
        <translation>Daxil olub</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="604"/>
        <source>Won</source>
        <translation>Qazanılıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="605"/>
        <source>Lost</source>
        <translation>İtirilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="606"/>
        <source>Leads</source>
        <translation>Lidlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="607"/>
        <source>Revenue</source>
        <translation>Gəlir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="608"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="609"/>
        <source>Last year</source>
        <translation>Keçən il</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="610"/>
        <source>Registered</source>
        <translation>Qeydə alınıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="611"/>
        <source>Resolved</source>
        <translation>Həll edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="612"/>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="613"/>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="614"/>
        <source>Orders</source>
        <translation>Sifarişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="615"/>
        <source>Claim tasks</source>
        <translation>Reklamasiya tapşırıqları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="616"/>
        <source>Past revenue</source>
        <translation>Keçmiş gəlir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="617"/>
        <source>Open deals</source>
        <translation>Açıq sövdələşmələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="618"/>
        <source>Amount, {currency}</source>
        <translation>Məbləğ, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="619"/>
        <source>Count</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="620"/>
        <source>Percent</source>
        <translation>Faiz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="621"/>
        <source>A sale is an invoice paid in full, in the client&apos;s currency.</source>
        <translation>Satış — kontragentin valyutasında tam ödənilmiş hesab-fakturadır.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="624"/>
        <source>Total sales divided by the number of sales (invoices paid in full); a dash while there is none.</source>
        <translation>Satışların cəmi, satışların sayına bölünmüş (tam ödənilmiş hesab-fakturalar); satış olmayanda tire.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="628"/>
        <source>An order neither delivered nor cancelled whose due date has passed.</source>
        <translation>Nə çatdırılmış, nə də ləğv edilmiş, son tarixi keçmiş sifariş.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="631"/>
        <source>{term}: {definition}</source>
        <translation>{term}: {definition}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="632"/>
        <source>Average check</source>
        <translation>Orta çek</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="633"/>
        <source>Overdue order</source>
        <translation>Vaxtı keçmiş sifariş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="634"/>
        <source>A deal enters a stage when the stage history has a move into it (counted once per deal and stage, by the moment of the move).</source>
        <translation>Sövdələşmə mərhələyə o zaman daxil olur ki, mərhələ tarixçəsində ona keçid qeydə alınıb (hər sövdələşmə və mərhələ üçün bir dəfə, keçid anına görə sayılır).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="638"/>
        <source>Conversion = deals that entered the next stage / deals that entered this one.</source>
        <translation>Keçid = növbəti mərhələyə daxil olan sövdələşmələr / bu mərhələyə daxil olan sövdələşmələr.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="641"/>
        <source>Time in stage: the median of the times recorded when deals left the stage in the period.</source>
        <translation>Mərhələdə vaxt: dövr ərzində sövdələşmələr mərhələni tərk edərkən qeydə alınan müddətlərin medianı.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="645"/>
        <source>Lost at: the stage a deal left for a lost stage.</source>
        <translation>İtirildiyi mərhələ: sövdələşmənin oradan itirilmiş mərhələyə keçdiyi mərhələ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="648"/>
        <source>Won and lost: deals closed in the period in a won or lost stage; amounts of the deals in {currency} only.</source>
        <translation>Qazanılan və itirilən: dövr ərzində qazanılmış və ya itirilmiş mərhələdə bağlanmış sövdələşmələr; məbləğlər yalnız {currency} valyutasında olan sövdələşmələr üzrədir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="652"/>
        <source>Win rate = won / (won + lost) deals closed in the period.</source>
        <translation>Qazanma payı = dövr ərzində bağlanmış sövdələşmələrdən qazanılanlar / (qazanılanlar + itirilənlər).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="655"/>
        <source>A lead: a deal opened in the period; conversion to won = how many of them are won by now.</source>
        <translation>Lid: dövr ərzində açılmış sövdələşmə; qazanılana keçid = onlardan indiyədək neçəsinin qazanıldığı.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="659"/>
        <source>Revenue: the sales issued in the period whose deal came from the source, in {currency}.</source>
        <translation>Gəlir: sövdələşməsi bu mənbədən gələn, dövr ərzində təqdim edilmiş satışlar, {currency} ilə.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="663"/>
        <source>Sales in {currency} count, in the period by their issue date.</source>
        <translation>Sayılan satışlar: {currency} ilə, təqdim tarixi dövrə düşənlər.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="666"/>
        <source>Revenue: the sum of the sales&apos; totals (by product or category: of their lines).</source>
        <translation>Gəlir: satışların cəmlərinin toplamı (məhsul və ya kateqoriya üzrə: onların sətirlərinin).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="669"/>
        <source>Plan: the amounts set per manager and month in {currency}, for the months the period touches; plan done = revenue of the managers with a plan / plan.</source>
        <translation>Plan: dövrün əhatə etdiyi aylar üçün hər menecer və ay üzrə {currency} ilə təyin edilmiş məbləğlər; planın icrası = planı olan menecerlərin gəliri / plan.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="673"/>
        <source>Deals opened: created in the period; won: closed won in the period.</source>
        <translation>Açılmış sövdələşmələr: dövr ərzində yaradılmış; qazanılıb: dövr ərzində qazanılmış kimi bağlanmış.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="676"/>
        <source>Last year: the same days one year earlier; change = (now - last year) / last year.</source>
        <translation>Keçən il: bir il əvvəlki eyni günlər; dəyişiklik = (indi - keçən il) / keçən il.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="680"/>
        <source>Calls, meetings, e-mails: done events starting in the period; overdue events: starting in the period, still planned and past their due time.</source>
        <translation>Zənglər, görüşlər, məktublar: dövr ərzində başlayan, icra edilmiş hadisələr; vaxtı keçmiş hadisələr: dövr ərzində başlayan, hələ planlaşdırılmış və son müddəti keçmiş hadisələr.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="684"/>
        <source>By month: claims registered and resolved in the month (UTC); open = registered by the month&apos;s end and neither resolved nor rejected by then.</source>
        <translation>Aylar üzrə: ay ərzində qeydə alınmış və həll edilmiş reklamasiyalar (UTC); açıq = ayın sonunadək qeydə alınmış və o vaxtadək nə həll edilmiş, nə də rədd edilmiş.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="688"/>
        <source>By reason and department: claims dated in the period; share of all of them.</source>
        <translation>Səbəb və şöbə üzrə: tarixi dövrə düşən reklamasiyalar; pay — onların hamısına nisbətdə.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="691"/>
        <source>Satisfied = claims resolved or rejected rated 4 or 5 of 5 / those rated.</source>
        <translation>Razı qalanlar = həll və ya rədd edilmiş, 5-dən 4 və ya 5 qiymətləndirilmiş reklamasiyalar / qiymətləndirilənlər.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="694"/>
        <source>Department: the one at fault, else the reason&apos;s.</source>
        <translation>Şöbə: təqsirkar şöbə, o olmadıqda isə səbəbin şöbəsi.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="697"/>
        <source>Most claims: {month} ({count}).</source>
        <translation>Ən çox reklamasiya: {month} ({count}).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="698"/>
        <source>Overdue event: still planned and its due time has passed (claim tasks counted apart).</source>
        <translation>Vaxtı keçmiş hadisə: hələ planlaşdırılıb və son müddəti keçib (reklamasiya tapşırıqları ayrıca sayılır).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="702"/>
        <source>Overdue claim task: a task of a claim&apos;s plan, still planned, past its due time.</source>
        <translation>Reklamasiyanın vaxtı keçmiş tapşırığı: reklamasiya planının hələ planlaşdırılmış, son müddəti keçmiş tapşırığı.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="705"/>
        <source>A candidate: a client whose last sale (invoice paid in full, in {currency}) was issued more than {days} days ago; past revenue = all their sales.</source>
        <translation>Namizəd: son satışı (tam ödənilmiş hesab-faktura, {currency} ilə) {days} gündən çox əvvəl təqdim edilmiş kontragent; keçmiş gəlir = onun bütün satışları.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="709"/>
        <source>The {limit} clients with the largest past revenue.</source>
        <translation>Keçmiş gəliri ən böyük olan {limit} kontragent.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="712"/>
        <source>Revenue this month</source>
        <translation>Bu ayın gəliri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="713"/>
        <source>Sales this month</source>
        <translation>Bu ayın satışları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="714"/>
        <source>Deals won this month</source>
        <translation>Bu ay qazanılan sövdələşmələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="715"/>
        <source>Win rate this month, %</source>
        <translation>Bu ay qazanma payı, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="716"/>
        <source>Plan done this month, %</source>
        <translation>Bu ay planın icrası, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="717"/>
        <source>Overdue events</source>
        <translation>Vaxtı keçmiş hadisələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="718"/>
        <source>Overdue orders</source>
        <translation>Vaxtı keçmiş sifarişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="719"/>
        <source>Open claims</source>
        <translation>Açıq reklamasiyalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="720"/>
        <source>A claim in status {from_status} cannot become {to_status}</source>
        <translation>{from_status} statusundakı reklamasiya {to_status} statusuna keçə bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="722"/>
        <source>The claim is {status}: it cannot change any more</source>
        <translation>Reklamasiya {status} statusundadır: artıq dəyişə bilməz</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="723"/>
        <source>Choose the result of the claim</source>
        <translation>Reklamasiyanın nəticəsini seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="724"/>
        <source>Satisfaction is from 1 (not at all) to 5 (fully)</source>
        <translation>Məmnunluq 1 (heç) ilə 5 (tam) arasındadır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="726"/>
        <source>Say why the claim is rejected</source>
        <translation>Reklamasiyanın niyə rədd edildiyini yazın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="727"/>
        <source>This file is not attached to the claim</source>
        <translation>Bu fayl reklamasiyaya qoşulmayıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="728"/>
        <source>Log a call, an e-mail, a meeting or a note</source>
        <translation>Zəng, məktub, görüş və ya qeyd daxil edin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="731"/>
        <source>No claim status {status}: use one of {known}</source>
        <translation>{status} reklamasiya statusu yoxdur: bunlardan birini işlədin: {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="733"/>
        <source>Every row of the list needs a name</source>
        <translation>Siyahının hər sətrinin adı olmalıdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="734"/>
        <source>Reason {name}: name its department</source>
        <translation>{name} səbəbi: onun şöbəsini göstərin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="735"/>
        <source>{name} is in the list twice</source>
        <translation>{name} siyahıda iki dəfədir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="736"/>
        <source>This is not a task of the claim&apos;s plan</source>
        <translation>Bu, reklamasiya planının tapşırığı deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="737"/>
        <source>No client has the address {address}: register the claim by hand</source>
        <translation>Heç bir kontragentin {address} ünvanı yoxdur: reklamasiyanı əl ilə qeydə alın</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="739"/>
        <source>The e-mail has neither a subject nor a text</source>
        <translation>Məktubun nə mövzusu, nə də mətni var</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="740"/>
        <source>The file has no column for: {columns}</source>
        <translation>Faylda bunlar üçün sütun yoxdur: {columns}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="742"/>
        <source>no client given</source>
        <translation>kontragent göstərilməyib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="743"/>
        <source>no client {value}</source>
        <translation>{value} kontragenti yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="744"/>
        <source>the essence of the claim is empty</source>
        <translation>reklamasiyanın mahiyyəti boşdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="745"/>
        <source>{value} is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>{value} tarix deyil (İİİİ-AA-GG və ya GG.AA.İİİİ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="747"/>
        <source>no reason {value} in the list</source>
        <translation>siyahıda {value} səbəbi yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="748"/>
        <source>severity {value} is none of low, medium, high, critical</source>
        <translation>{value} ciddiliyi low, medium, high, critical dəyərlərindən heç biri deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="750"/>
        <source>the client has no order {value}</source>
        <translation>kontragentin {value} sifarişi yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="751"/>
        <source>the client has no invoice {value}</source>
        <translation>kontragentin {value} hesab-fakturası yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="753"/>
        <source>no active user {value}</source>
        <translation>{value} aktiv istifadəçisi yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="754"/>
        <source>The rule file {path} was refused whole, nothing was imported: {problem}</source>
        <translation>{path} qaydalar faylı bütövlükdə rədd edildi, heç nə idxal edilmədi: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="756"/>
        <source>Rule {rule}: {problem}</source>
        <translation>«{rule}» qaydası: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="757"/>
        <source>Rules run on the desktop or the server, not {value}</source>
        <translation>Qaydalar kompüterdə və ya serverdə icra olunur, «{value}» yox</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="759"/>
        <source>assigned to {user} ({how})</source>
        <translation>təyin edildi: {user} ({how})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="760"/>
        <source>deal &quot;{title}&quot; opened in {pipeline}, stage {stage}</source>
        <translation>«{title}» sövdələşməsi «{pipeline}» satış qıfında açıldı, mərhələ: «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="762"/>
        <source>{kind} {number} made from {source}</source>
        <translation>{kind} {number} yaradıldı, mənbə: {source}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="763"/>
        <source>{type} &quot;{subject}&quot; for {user} on {when}</source>
        <translation>{user} üçün {when} tarixinə {type} «{subject}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="764"/>
        <source>web hook {url} answered {status}</source>
        <translation>{url} veb-hook cavab verdi: {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="765"/>
        <source>e-mail &quot;{subject}&quot; queued for {to}</source>
        <translation>«{subject}» məktubu {to} üçün növbəyə qoyuldu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="766"/>
        <source>deal moved to {stage}</source>
        <translation>sövdələşmə «{stage}» mərhələsinə keçirildi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="767"/>
        <source>{user} told: {text}</source>
        <translation>{user} bildiriş aldı: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="768"/>
        <source>{field} set to {value}</source>
        <translation>{field}: {value} dəyəri təyin edildi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="769"/>
        <source>tag {tag} added</source>
        <translation>{tag} etiketi əlavə edildi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="770"/>
        <source>task &quot;{subject}&quot; for {user}, due {due}</source>
        <translation>{user} üçün «{subject}» tapşırığı, son tarix: {due}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="771"/>
        <source>tag {tag} removed</source>
        <translation>{tag} etiketi silindi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="772"/>
        <source>web hook {url} failed: {reason}</source>
        <translation>{url} veb-hook alınmadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="773"/>
        <source>web hook {url} not called: web hooks are off</source>
        <translation>{url} veb-hook çağırılmadı: veb-hooklar söndürülüb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="775"/>
        <source>{client} has no e-mail address</source>
        <translation>{client} kontragentinin e-poçt ünvanı yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="776"/>
        <source>the record has no client</source>
        <translation>qeydin kontragenti yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="777"/>
        <source>the deal has no quote to copy</source>
        <translation>sövdələşmədə kopyalanacaq kommersiya təklifi yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="778"/>
        <source>letter {title} saved with {client}&apos;s files</source>
        <translation>{title} məktubu {client} müştərisinin fayllarında saxlanıldı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="780"/>
        <source>the pipeline {pipeline} has no stage {stage}</source>
        <translation>«{pipeline}» satış qıfında «{stage}» mərhələsi yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="782"/>
        <source>no active user {login}</source>
        <translation>{login} aktiv istifadəçisi yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="783"/>
        <source>nobody to assign: every manager named is absent</source>
        <translation>təyin ediləcək kimsə yoxdur: göstərilən bütün menecerlər yerində deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="785"/>
        <source>Rule {rule} is on {entity}s: pick one</source>
        <translation>«{rule}» qaydası «{entity}» qeydləri üçündür: birini seçin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="786"/>
        <source>No rule {rule}</source>
        <translation>«{rule}» qaydası yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="787"/>
        <source>stopped: a chain of rules reached the limit of {limit} (a rule&apos;s change firing another rule)</source>
        <translation>dayandırıldı: qaydalar zənciri {limit} həddinə çatdı (bir qaydanın dəyişikliyi başqa qaydanı işə salır)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="790"/>
        <source>The template has an unclosed or stray brace: {reason}</source>
        <translation>Şablonda bağlanmamış və ya artıq fiqurlu mötərizə var: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="792"/>
        <source>Unknown placeholder {{{name}}}; use one of: {known}</source>
        <translation>Naməlum əvəzlənən {{{name}}}; bunlardan birini işlədin: {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="794"/>
        <source>{field} is not a field a stage can require</source>
        <translation>{field} mərhələnin tələb edə biləcəyi sahə deyil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="796"/>
        <source>No active user {login}: name one with --user LOGIN</source>
        <translation>{login} aktiv istifadəçisi yoxdur: --user LOGIN ilə birini göstərin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="805"/>
        <source>edit clients</source>
        <translation>kontragentləri redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="806"/>
        <source>import clients</source>
        <translation>kontragentləri idxal etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="807"/>
        <source>merge clients</source>
        <translation>kontragentləri birləşdirmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="808"/>
        <source>edit segments</source>
        <translation>seqmentləri redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="809"/>
        <source>edit events</source>
        <translation>hadisələri redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="810"/>
        <source>sell (quotes, invoices, payments)</source>
        <translation>satmaq (kommersiya təklifləri, hesab-fakturalar, ödənişlər)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="811"/>
        <source>approve prices below the minimum</source>
        <translation>minimumdan aşağı qiymətləri təsdiqləmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="812"/>
        <source>edit the catalogue</source>
        <translation>kataloqu redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="813"/>
        <source>change minimum prices</source>
        <translation>minimal qiymətləri dəyişmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="814"/>
        <source>import price lists</source>
        <translation>qiymət siyahılarını idxal etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="815"/>
        <source>change a client&apos;s terms of sale</source>
        <translation>kontragentin satış şərtlərini dəyişmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="816"/>
        <source>change the company&apos;s requisites and settings</source>
        <translation>şirkətin rekvizitlərini və ayarlarını dəyişmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="817"/>
        <source>set up the mail server</source>
        <translation>poçt serverini qurmaq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="818"/>
        <source>edit custom fields</source>
        <translation>əlavə sahələri redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="819"/>
        <source>manage users</source>
        <translation>istifadəçiləri idarə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="820"/>
        <source>back up and restore the database</source>
        <translation>verilənlər bazasının ehtiyat nüsxəsini çıxarmaq və bərpa etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="821"/>
        <source>edit deals</source>
        <translation>sövdələşmələri redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="822"/>
        <source>edit other salespeople&apos;s deals</source>
        <translation>digər satış menecerlərinin sövdələşmələrini redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="823"/>
        <source>edit pipelines and their stages</source>
        <translation>satış qıflarını və onların mərhələlərini redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="824"/>
        <source>read the change history</source>
        <translation>dəyişikliklər tarixçəsinə baxmaq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="825"/>
        <source>edit orders</source>
        <translation>sifarişləri redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="826"/>
        <source>edit other salespeople&apos;s orders</source>
        <translation>digər satış menecerlərinin sifarişlərini redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="827"/>
        <source>work on claims</source>
        <translation>reklamasiyalarla işləmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="828"/>
        <source>edit other salespeople&apos;s claims</source>
        <translation>digər satış menecerlərinin reklamasiyalarını redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="829"/>
        <source>edit the claim reasons and results lists</source>
        <translation>reklamasiya səbəbləri və nəticələri siyahılarını redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="830"/>
        <source>send mass mailings (campaigns)</source>
        <translation>kütləvi məktublar (kampaniyalar) göndərmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="831"/>
        <source>edit the automation rules</source>
        <translation>avtomatlaşdırma qaydalarını redaktə etmək</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="839"/>
        <source>salesperson</source>
        <translation>satış meneceri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="840"/>
        <source>head of sales</source>
        <translation>satış şöbəsinin rəhbəri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="841"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="22"/>
        <source>Row {0}: {1}</source>
        <translation>Sətir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="25"/>
        <source>… and {0} more in the report</source>
        <translation>… və hesabatda daha {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="32"/>
        <source>Save the report</source>
        <translation>Hesabatı yadda saxla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="34"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="37"/>
        <source>Row</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="38"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="35"/>
        <source>Call</source>
        <translation>Zəng</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="36"/>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="37"/>
        <source>E-mail</source>
        <translation>Məktub</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="38"/>
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="39"/>
        <source>Planned interaction</source>
        <translation>Planlaşdırılmış əlaqə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="40"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="41"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="52"/>
        <source>Planned</source>
        <translation>Planlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="42"/>
        <source>Done</source>
        <translation>İcra olunub</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="43"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="51"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="55"/>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="45"/>
        <source>Issued</source>
        <translation>Təqdim edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="46"/>
        <source>Sent</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="47"/>
        <source>Partially paid</source>
        <translation>Qismən ödənilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="48"/>
        <source>Paid</source>
        <translation>Ödənilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="49"/>
        <source>Accepted</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="50"/>
        <source>Declined</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="53"/>
        <source>Shipped</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="54"/>
        <source>Delivered</source>
        <translation>Çatdırılıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="56"/>
        <source>Bank transfer</source>
        <translation>Bank köçürməsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="57"/>
        <source>Cash</source>
        <translation>Nağd</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="58"/>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="59"/>
        <source>Components</source>
        <translation>Komponentlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="60"/>
        <source>Products</source>
        <translation>Məhsullar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="61"/>
        <source>Services</source>
        <translation>Xidmətlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="64"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="65"/>
        <source>In progress</source>
        <translation>İcrada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="66"/>
        <source>Awaiting payment</source>
        <translation>Ödəniş gözlənilir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="67"/>
        <source>Ready to ship</source>
        <translation>Göndərişə hazırdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="68"/>
        <source>Open deal</source>
        <translation>Açıq sövdələşmə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="69"/>
        <source>Won deal</source>
        <translation>Qazanılmış sövdələşmə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="70"/>
        <source>Lost deal</source>
        <translation>İtirilmiş sövdələşmə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="71"/>
        <source>Quote</source>
        <translation>Kommersiya təklifi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="72"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="142"/>
        <source>Invoice</source>
        <translation>Hesab-faktura</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="73"/>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="74"/>
        <source>Person</source>
        <translation>Fiziki şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="75"/>
        <source>Lead</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="76"/>
        <source>Prospect</source>
        <translation>Potensial</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="77"/>
        <source>Customer</source>
        <translation>Müştəri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="78"/>
        <source>Inactive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="79"/>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="80"/>
        <source>work</source>
        <translation>iş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="81"/>
        <source>home</source>
        <translation>ev</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="82"/>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="83"/>
        <source>other</source>
        <translation>digər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="84"/>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="85"/>
        <source>Number</source>
        <translation>Rəqəm</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="86"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="87"/>
        <source>Choice</source>
        <translation>Siyahıdan seçim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="88"/>
        <source>Checkbox</source>
        <translation>Bayraqcıq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="106"/>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="107"/>
        <source>Referral</source>
        <translation>Tövsiyə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="108"/>
        <source>Exhibition</source>
        <translation>Sərgi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="109"/>
        <source>Cold call</source>
        <translation>Soyuq zəng</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="110"/>
        <source>Advertising</source>
        <translation>Reklam</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="111"/>
        <source>Partner</source>
        <translation>Tərəfdaş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="112"/>
        <source>Repeat customer</source>
        <translation>Daimi müştəri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="113"/>
        <source>Import</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="143"/>
        <source>Commercial offer</source>
        <translation>Kommersiya təklifi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="144"/>
        <source>Payment reminder</source>
        <translation>Ödəniş xatırlatması</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="167"/>
        <source>BIN/IIN</source>
        <translation>BİN/İİN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="167"/>
        <source>VÖEN</source>
        <translation>VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="168"/>
        <source>EDRPOU</source>
        <translation>EDRPOU</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="169"/>
        <source>RNOKPP</source>
        <translation>RNOKPP</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="169"/>
        <source>INN</source>
        <translation>İNN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="170"/>
        <source>Register No.</source>
        <translation>Qeydiyyat №</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="173"/>
        <source>Tax ID</source>
        <translation>VÖEN</translation>
    </message>
</context>
<context>
    <name>mailing</name>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="13"/>
        <source>will get it</source>
        <translation>alacaq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="14"/>
        <source>sent</source>
        <translation>göndərilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="15"/>
        <source>not delivered</source>
        <translation>çatdırılmayıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="16"/>
        <source>opted out</source>
        <translation>imtina edib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="17"/>
        <source>bad address</source>
        <translation>səhv ünvan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="18"/>
        <source>no e-mail address</source>
        <translation>e-poçt ünvanı yoxdur</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="19"/>
        <source>address shared with another client</source>
        <translation>ünvan başqa kontragentlə ortaqdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="25"/>
        <source>sending</source>
        <translation>göndərilir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="26"/>
        <source>cancelled</source>
        <translation>ləğv edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="31"/>
        <source>entered by hand</source>
        <translation>əl ilə daxil edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="32"/>
        <source>replied to a letter</source>
        <translation>məktuba cavab verib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="33"/>
        <source>asked by phone</source>
        <translation>telefonla xahiş edib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="34"/>
        <source>unsubscribe link</source>
        <translation>abunədən imtina keçidi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="40"/>
        <source>waiting</source>
        <translation>gözləyir</translation>
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
        <translation>Xəta baş verdi: {0}. Heç nə saxlanılmadı. Təfərrüatlar jurnal faylındadır.</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="21"/>
        <source>Overdue: past the due date, not delivered</source>
        <translation>Vaxtı keçib: son tarix keçib, çatdırılmayıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="27"/>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="28"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="31"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="35"/>
        <source>Due</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="42"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="47"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="48"/>
        <source>Invoice</source>
        <translation>Hesab-faktura</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="33"/>
        <source>Sales funnel</source>
        <translation>Satış qıfı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="34"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="61"/>
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="35"/>
        <source>Manager benchmark</source>
        <translation>Menecerlərin müqayisəsi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="36"/>
        <source>Won and lost</source>
        <translation>Qazanılan və itirilən</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="37"/>
        <source>Lead sources</source>
        <translation>Lid mənbələri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="38"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="152"/>
        <source>Claims</source>
        <translation>Reklamasiyalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="39"/>
        <source>Overdue work</source>
        <translation>Vaxtı keçmiş işlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="40"/>
        <source>Reactivation candidates</source>
        <translation>Reaktivasiya namizədləri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="47"/>
        <source>Conversion to won, %</source>
        <translation>Qazanılana keçid, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="49"/>
        <source>Stage</source>
        <translation>Mərhələ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="50"/>
        <source>Entered</source>
        <translation>Daxil olub</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="51"/>
        <source>Conversion to next, %</source>
        <translation>Növbətiyə keçid, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="52"/>
        <source>Median days in stage</source>
        <translation>Mərhələdə günlərin medianı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="53"/>
        <source>Lost here</source>
        <translation>Burada itirilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="54"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="109"/>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="55"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="139"/>
        <source>Manager</source>
        <translation>Menecer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="56"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="140"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="57"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="141"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="58"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="112"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="142"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="59"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="143"/>
        <source>Client</source>
        <translation>Kontragent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="60"/>
        <source>Count</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="62"/>
        <source>Revenue</source>
        <translation>Gəlir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="63"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="64"/>
        <source>Plan done, %</source>
        <translation>Planın icrası, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="65"/>
        <source>Deals opened</source>
        <translation>Açılmış sövdələşmələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="66"/>
        <source>Won</source>
        <translation>Qazanılıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="67"/>
        <source>Win rate, %</source>
        <translation>Qazanma faizi, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="68"/>
        <source>Average check</source>
        <translation>Orta çek</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="69"/>
        <source>Calls</source>
        <translation>Zənglər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="70"/>
        <source>Meetings</source>
        <translation>Görüşlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="71"/>
        <source>E-mails</source>
        <translation>Məktublar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="72"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="87"/>
        <source>Overdue events</source>
        <translation>Vaxtı keçmiş hadisələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="73"/>
        <source>Change, %</source>
        <translation>Dəyişiklik, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="74"/>
        <source>Last year</source>
        <translation>Keçən il</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="75"/>
        <source>Won amount</source>
        <translation>Qazanılan məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="76"/>
        <source>Lost amount</source>
        <translation>İtirilən məbləğ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="77"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="78"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="114"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="79"/>
        <source>Leads</source>
        <translation>Lidlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="80"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="137"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="81"/>
        <source>Registered</source>
        <translation>Qeydə alınıb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="82"/>
        <source>Resolved</source>
        <translation>Həll edilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="83"/>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="84"/>
        <source>Satisfied, %</source>
        <translation>Razı qalanlar, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="85"/>
        <source>Department</source>
        <translation>Şöbə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="86"/>
        <source>Responsible</source>
        <translation>Məsul şəxs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="88"/>
        <source>Overdue orders</source>
        <translation>Vaxtı keçmiş sifarişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="89"/>
        <source>Overdue claim tasks</source>
        <translation>Reklamasiyaların vaxtı keçmiş tapşırıqları</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="90"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="102"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="91"/>
        <source>Last purchase</source>
        <translation>Son alış</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="92"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="117"/>
        <source>Days without a purchase</source>
        <translation>Alışsız günlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="93"/>
        <source>Past revenue</source>
        <translation>Keçmiş gəlir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="94"/>
        <source>Section</source>
        <translation>Bölmə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="95"/>
        <source>Lost</source>
        <translation>İtirilib</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="96"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="97"/>
        <source>Opened, last year</source>
        <translation>Açılıb, keçən il</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="98"/>
        <source>Won, last year</source>
        <translation>Qazanılıb, keçən il</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="99"/>
        <source>Win rate last year, %</source>
        <translation>Keçən il qazanma payı, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="100"/>
        <source>Share, %</source>
        <translation>Pay, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="101"/>
        <source>Stage lost at</source>
        <translation>İtirildiyi mərhələ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="110"/>
        <source>Pipeline</source>
        <translation>Satış qıfı</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="111"/>
        <source>Manager or team</source>
        <translation>Menecer və ya komanda</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="113"/>
        <source>Product or category</source>
        <translation>Məhsul və ya kateqoriya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="115"/>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="116"/>
        <source>Group by</source>
        <translation>Qruplaşdır</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="124"/>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="125"/>
        <source>This quarter</source>
        <translation>Bu rüb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="126"/>
        <source>This year</source>
        <translation>Bu il</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="127"/>
        <source>Last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="128"/>
        <source>Custom</source>
        <translation>Seçilmiş</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="135"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="136"/>
        <source>Week</source>
        <translation>Həftə</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="138"/>
        <source>Quarter</source>
        <translation>Rüb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="150"/>
        <source>Deals</source>
        <translation>Sövdələşmələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="151"/>
        <source>Invoices</source>
        <translation>Hesab-fakturalar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="153"/>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="154"/>
        <source>Orders</source>
        <translation>Sifarişlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="155"/>
        <source>Clients</source>
        <translation>Kontragentlər</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="160"/>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
</context>
</TS>
