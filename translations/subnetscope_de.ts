<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LocalNodeExtrinsics</name>
    <message>
        <location filename="../chainclient/local/LocalNodeExtrinsics.cpp" line="266"/>
        <source>&apos;%1&apos; is not a valid SS58 address.</source>
        <translation>&apos;%1&apos; ist keine gültige SS58-Adresse.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/AppPaths.cpp" line="18"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="33"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="38"/>
        <source>Cannot configure the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="44"/>
        <source>The database %1 was written by a newer Subnetscope (schema %2).</source>
        <translation>Die Datenbank %1 stammt von einem neueren Subnetscope (Schema %2).</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="61"/>
        <source>The database was written by a newer Subnetscope (schema %1); this build knows up to %2.</source>
        <translation>Die Datenbank stammt von einem neueren Subnetscope (Schema %1); diese Version kennt bis %2.</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="66"/>
        <source>Cannot start the schema upgrade: %1</source>
        <translation>Die Schema-Aktualisierung kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="72"/>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation>Die Schema-Aktualisierung auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="77"/>
        <source>Schema upgrade to version %1 could not be committed.</source>
        <translation>Die Schema-Aktualisierung auf Version %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../models/store/Retention.cpp" line="50"/>
        <source>Cannot start compacting the store: %1</source>
        <translation>Das Verdichten des Speichers kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../models/store/Retention.cpp" line="84"/>
        <source>Compacting the store failed: %1</source>
        <translation>Das Verdichten des Speichers ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/BlockWriter.cpp" line="86"/>
        <source>Cannot prepare the store&apos;s statements: %1</source>
        <translation>Die Anweisungen des Speichers können nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/BlockWriter.cpp" line="114"/>
        <source>Cannot read the store&apos;s state: %1</source>
        <translation>Der Zustand des Speichers kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/BlockWriter.cpp" line="171"/>
        <source>block %1 arrived without the subnet snapshot the retention rules keep</source>
        <translation>Block %1 kam ohne den Subnetz-Schnappschuss, den die Aufbewahrungsregeln behalten</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="28"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Wallet</translation>
    </message>
</context>
<context>
    <name>chainclient::LocalNodeWorker</name>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="24"/>
        <source>The saved local chain could not be loaded: %1</source>
        <translation>Die gespeicherte lokale Chain konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="37"/>
        <source>The local chain is at block %1 but the store expects block %2.</source>
        <translation>Die lokale Chain steht bei Block %1, der Speicher erwartet aber Block %2.</translation>
    </message>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="64"/>
        <source>The local chain could not be loaded.</source>
        <translation>Die lokale Chain konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="82"/>
        <source>Internal error: the local chain broke an invariant: %1</source>
        <translation>Interner Fehler: Die lokale Chain hat eine Invariante verletzt: %1</translation>
    </message>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="155"/>
        <source>The account address is not valid.</source>
        <translation>Die Kontoadresse ist ungültig.</translation>
    </message>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="184"/>
        <source>The faucet needs a valid address and a positive amount.</source>
        <translation>Der Faucet braucht eine gültige Adresse und einen positiven Betrag.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="28"/>
        <source>Explorer and staking dashboard for Bittensor subnets</source>
        <translation>Explorer und Staking-Übersicht für Bittensor-Subnetze</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Folder for the store, logs and wallets.</source>
        <translation>Ordner für Datenspeicher, Protokolle und Wallets.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Days of simulated history on first launch (default 1).</source>
        <translation>Tage simulierter Historie beim ersten Start (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Milliseconds per local block (default 1000).</source>
        <translation>Millisekunden pro lokalem Block (Standard 1000).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>Network to show: local, finney, test or a ws:// / wss:// URL (default: the one chosen last in the Network menu).</source>
        <translation>Anzuzeigendes Netzwerk: local, finney, test oder eine ws://- / wss://-URL (Standard: die zuletzt im Menü „Netzwerk“ gewählte).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>PEM file of extra certificate authorities trusted for wss:// nodes (default: $SUBNETSCOPE_CA_FILE).</source>
        <translation>PEM-Datei mit zusätzlichen Zertifizierungsstellen, denen für wss://-Knoten vertraut wird (Standard: $SUBNETSCOPE_CA_FILE).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="52"/>
        <location filename="../app/main.cpp" line="61"/>
        <location filename="../app/main.cpp" line="69"/>
        <source>Subnetscope</source>
        <translation>Subnetscope</translation>
    </message>
</context>
<context>
    <name>models::EmissionAllocation</name>
    <message>
        <location filename="../models/explorer/EmissionAllocation.cpp" line="39"/>
        <source>others</source>
        <translation>übrige</translation>
    </message>
</context>
<context>
    <name>models::HistoryModel</name>
    <message>
        <location filename="../models/HistoryModel.cpp" line="283"/>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="283"/>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="302"/>
        <source>Stake</source>
        <translation>Stake</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="304"/>
        <source>Unstake</source>
        <translation>Unstake</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="306"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="308"/>
        <source>Transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="310"/>
        <source>Faucet</source>
        <translation>Faucet</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="312"/>
        <source>Stake sent</source>
        <translation>Stake gesendet</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="312"/>
        <source>Stake received</source>
        <translation>Stake erhalten</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="347"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="349"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="351"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="353"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="355"/>
        <source>Hotkey</source>
        <translation>Hotkey</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="357"/>
        <source>TAO</source>
        <translation>TAO</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="359"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="361"/>
        <source>Price (TAO/Alpha)</source>
        <translation>Preis (TAO/Alpha)</translation>
    </message>
    <message>
        <location filename="../models/HistoryModel.cpp" line="363"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
</context>
<context>
    <name>models::Lifecycle</name>
    <message>
        <location filename="../models/explorer/LifecycleClassifier.cpp" line="20"/>
        <source>Creation</source>
        <translation>Gründung</translation>
    </message>
    <message>
        <location filename="../models/explorer/LifecycleClassifier.cpp" line="21"/>
        <source>Cold start</source>
        <translation>Kaltstart</translation>
    </message>
    <message>
        <location filename="../models/explorer/LifecycleClassifier.cpp" line="22"/>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <location filename="../models/explorer/LifecycleClassifier.cpp" line="23"/>
        <source>Maturity</source>
        <translation>Reife</translation>
    </message>
    <message>
        <location filename="../models/explorer/LifecycleClassifier.cpp" line="24"/>
        <source>Decline</source>
        <translation>Niedergang</translation>
    </message>
</context>
<context>
    <name>models::MetagraphModel</name>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="57"/>
        <location filename="../models/explorer/MetagraphModel.cpp" line="58"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="57"/>
        <location filename="../models/explorer/MetagraphModel.cpp" line="58"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="67"/>
        <source>The slot number of this neuron on the subnet (0 to max UIDs − 1)</source>
        <translation>Platznummer dieses Neurons im Subnetz (0 bis max. UIDs − 1)</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="68"/>
        <source>The neuron&apos;s hotkey (SS58); hover a row for the full key</source>
        <translation>Hotkey des Neurons (SS58); den vollen Schlüssel zeigt der Tooltip der Zeile</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="69"/>
        <source>The coldkey that owns the hotkey (SS58)</source>
        <translation>Coldkey, dem der Hotkey gehört (SS58)</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="70"/>
        <source>Stake weight: Alpha staked on the hotkey plus its root TAO stake × TAO weight, counted in Alpha</source>
        <translation>Stake-Gewicht: auf dem Hotkey gestaktes Alpha plus sein Root-TAO-Stake × TAO-Gewicht, in Alpha gezählt</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="71"/>
        <source>Share of the miners&apos; emission this UID earned at the last epoch (0–1)</source>
        <translation>Anteil an der Emission der Miner, den diese UID in der letzten Epoche erhielt (0–1)</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="72"/>
        <source>Share of the validators&apos; emission this UID earned at the last epoch (0–1)</source>
        <translation>Anteil an der Emission der Validatoren, den diese UID in der letzten Epoche erhielt (0–1)</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="73"/>
        <source>Alpha this UID received at the last epoch</source>
        <translation>Alpha, das diese UID in der letzten Epoche erhielt</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="74"/>
        <source>How much of its weight the consensus kept (validators, 0–1)</source>
        <translation>Wie viel seiner Gewichte der Konsens übernahm (Validatoren, 0–1)</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="75"/>
        <source>Whether the UID holds a validator permit</source>
        <translation>Ob die UID eine Validator-Erlaubnis hat</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="76"/>
        <source>Whether it set weights within the activity cutoff</source>
        <translation>Ob sie innerhalb der Aktivitätsgrenze Gewichte gesetzt hat</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="82"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="83"/>
        <source>Hotkey</source>
        <translation>Hotkey</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="84"/>
        <source>Coldkey</source>
        <translation>Coldkey</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="85"/>
        <source>Stake (α)</source>
        <translation>Stake (α)</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="86"/>
        <source>Incentive</source>
        <translation>Anreiz</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="87"/>
        <source>Dividends</source>
        <translation>Dividenden</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="88"/>
        <source>Emission (α)</source>
        <translation>Emission (α)</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="89"/>
        <source>Validator trust</source>
        <translation>Validator-Vertrauen</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="90"/>
        <source>Permit</source>
        <translation>Erlaubnis</translation>
    </message>
    <message>
        <location filename="../models/explorer/MetagraphModel.cpp" line="91"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>models::NetworkProfile</name>
    <message>
        <location filename="../models/NetworkProfile.cpp" line="12"/>
        <source>Enter the address of a node, e.g. ws://127.0.0.1:9944.</source>
        <translation>Geben Sie die Adresse eines Knotens ein, z. B. ws://127.0.0.1:9944.</translation>
    </message>
    <message>
        <location filename="../models/NetworkProfile.cpp" line="16"/>
        <source>“%1” is not a WebSocket address: it must start with ws:// or wss://.</source>
        <translation>„%1“ ist keine WebSocket-Adresse: Sie muss mit ws:// oder wss:// beginnen.</translation>
    </message>
    <message>
        <location filename="../models/NetworkProfile.cpp" line="17"/>
        <source>“%1” is not a valid address: %2</source>
        <translation>„%1“ ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <location filename="../models/NetworkProfile.cpp" line="18"/>
        <source>“%1” names no host: write it as ws://HOST:PORT.</source>
        <translation>„%1“ nennt keinen Host: Schreiben Sie ws://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../models/NetworkProfile.cpp" line="19"/>
        <source>“%1” has port 0: give the port the node listens on.</source>
        <translation>„%1“ hat Port 0: Geben Sie den Port an, auf dem der Knoten lauscht.</translation>
    </message>
    <message>
        <location filename="../models/NetworkProfile.cpp" line="21"/>
        <source>“%1” carries a user, query or fragment: give only ws(s)://HOST:PORT and an optional path.</source>
        <translation>„%1“ enthält einen Benutzer, eine Abfrage oder ein Fragment: Geben Sie nur ws(s)://HOST:PORT und optional einen Pfad an.</translation>
    </message>
    <message>
        <location filename="../models/NetworkProfile.cpp" line="31"/>
        <source>Unknown network &apos;%1&apos;: use local, finney, test or a ws:// / wss:// URL.</source>
        <translation>Unbekanntes Netzwerk &apos;%1&apos;: Verwenden Sie local, finney, test oder eine ws://- / wss://-URL.</translation>
    </message>
    <message>
        <location filename="../models/NetworkProfile.cpp" line="49"/>
        <source>custom (%1)</source>
        <translation>benutzerdefiniert (%1)</translation>
    </message>
</context>
<context>
    <name>models::PortfolioModel</name>
    <message>
        <location filename="../models/PortfolioModel.cpp" line="264"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../models/PortfolioModel.cpp" line="281"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location filename="../models/PortfolioModel.cpp" line="283"/>
        <source>Hotkey</source>
        <translation>Hotkey</translation>
    </message>
    <message>
        <location filename="../models/PortfolioModel.cpp" line="285"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../models/PortfolioModel.cpp" line="287"/>
        <source>Price (TAO/Alpha)</source>
        <translation>Preis (TAO/Alpha)</translation>
    </message>
    <message>
        <location filename="../models/PortfolioModel.cpp" line="289"/>
        <source>Spot value (TAO)</source>
        <translation>Spot-Wert (TAO)</translation>
    </message>
    <message>
        <location filename="../models/PortfolioModel.cpp" line="291"/>
        <source>Exit value (TAO)</source>
        <translation>Ausstiegswert (TAO)</translation>
    </message>
    <message>
        <location filename="../models/PortfolioModel.cpp" line="293"/>
        <source>Cost basis (TAO)</source>
        <translation>Einstandswert (TAO)</translation>
    </message>
    <message>
        <location filename="../models/PortfolioModel.cpp" line="295"/>
        <source>P&amp;L (TAO)</source>
        <translation>G&amp;V (TAO)</translation>
    </message>
    <message>
        <location filename="../models/PortfolioModel.cpp" line="297"/>
        <source>Emissions earned</source>
        <translation>Erhaltene Emissionen</translation>
    </message>
</context>
<context>
    <name>models::StoreWriter</name>
    <message>
        <location filename="../models/sync/StoreWriter.cpp" line="63"/>
        <source>The store %1 holds the &apos;%2&apos; network, not &apos;%3&apos;.</source>
        <translation>Der Speicher %1 enthält das Netz „%2“, nicht „%3“.</translation>
    </message>
    <message>
        <location filename="../models/sync/StoreWriter.cpp" line="47"/>
        <source>The store %1 is not an SQLite database.</source>
        <translation>Der Speicher %1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../models/sync/StoreWriter.cpp" line="120"/>
        <source>Sync gap: the store is at block %1 but the node delivered block %2.</source>
        <translation>Synchronisationslücke: Der Speicher steht bei Block %1, der Knoten lieferte Block %2.</translation>
    </message>
    <message>
        <location filename="../models/sync/StoreWriter.cpp" line="124"/>
        <source>Cannot start a store transaction: %1</source>
        <translation>Eine Speicher-Transaktion kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/StoreWriter.cpp" line="139"/>
        <source>Writing blocks %1–%2 to the store failed: %3</source>
        <translation>Das Schreiben der Blöcke %1–%2 in den Speicher ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>models::SubnetListModel</name>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="146"/>
        <source>Netuid</source>
        <translation>Netuid</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="147"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="148"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="149"/>
        <source>Price (TAO/α)</source>
        <translation>Preis (TAO/α)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="155"/>
        <source>TAO in pool</source>
        <translation>TAO im Pool</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="156"/>
        <source>Alpha in pool</source>
        <translation>Alpha im Pool</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="153"/>
        <source>Market cap (TAO)</source>
        <translation>Marktkapitalisierung (TAO)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="76"/>
        <source>Immune from pruning until block %1 (%2 from now)</source>
        <translation>Immun gegen Entfernung bis Block %1 (in %2)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="96"/>
        <source>immune %1</source>
        <translation>immun %1</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="109"/>
        <source>The subnet&apos;s number on chain</source>
        <translation>Die Nummer des Subnetzes auf der Chain</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="110"/>
        <source>Name the owner gave the subnet; ★ marks your favourites (pinned to the top)</source>
        <translation>Name, den der Eigentümer dem Subnetz gab; ★ markiert Ihre Favoriten (oben angeheftet)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="111"/>
        <source>Symbol of the subnet&apos;s Alpha token</source>
        <translation>Symbol des Alpha-Tokens des Subnetzes</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="112"/>
        <source>Spot price of one Alpha in TAO: TAO in the pool against Alpha in the pool</source>
        <translation>Spot-Preis eines Alpha in TAO: TAO im Pool gegen Alpha im Pool</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="113"/>
        <source>Change of the spot price over the last hour</source>
        <translation>Änderung des Spot-Preises in der letzten Stunde</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="114"/>
        <source>Change of the spot price over the last 24 hours</source>
        <translation>Änderung des Spot-Preises in den letzten 24 Stunden</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="115"/>
        <source>Change of the spot price over the last 7 days</source>
        <translation>Änderung des Spot-Preises in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="116"/>
        <source>All Alpha (in and outside the pool) valued at the spot price, in TAO</source>
        <translation>Alles Alpha (im und außerhalb des Pools) zum Spot-Preis bewertet, in TAO</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="117"/>
        <source>Share of each block&apos;s new TAO that goes to this subnet&apos;s pool</source>
        <translation>Anteil der neuen TAO jedes Blocks, der in den Pool dieses Subnetzes geht</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="118"/>
        <source>TAO held in the subnet&apos;s pool</source>
        <translation>TAO im Pool des Subnetzes</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="119"/>
        <source>Alpha held in the subnet&apos;s pool</source>
        <translation>Alpha im Pool des Subnetzes</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="120"/>
        <source>Alpha outside the pool: staked or held by miners, validators and the owner</source>
        <translation>Alpha außerhalb des Pools: gestakt oder gehalten von Minern, Validatoren und dem Eigentümer</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="121"/>
        <source>TAO that went through the pool (stakes, unstakes, moves, registrations) over the last 24 hours</source>
        <translation>TAO, die in den letzten 24 Stunden durch den Pool gingen (Stakes, Unstakes, Verschiebungen, Registrierungen)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="122"/>
        <source>Lifecycle stage: creation, cold start, growth, maturity or decline (see README)</source>
        <translation>Lebenszyklus-Phase: Gründung, Kaltstart, Wachstum, Reife oder Niedergang (siehe README)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="130"/>
        <source>Place in the pruning order: 1 is removed first when a new subnet needs a slot; subnets are immune for the chain&apos;s network immunity period after registration (%1 blocks, about %2)</source>
        <translation>Platz in der Entfernungsreihenfolge: 1 wird zuerst entfernt, wenn ein neues Subnetz einen Platz braucht; Subnetze sind nach der Registrierung für die Netzwerk-Immunitätsperiode der Chain immun (%1 Blöcke, etwa %2)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="136"/>
        <source>Place in the pruning order: 1 is removed first when a new subnet needs a slot; subnets are immune for the chain&apos;s network immunity period after registration</source>
        <translation>Platz in der Entfernungsreihenfolge: 1 wird zuerst entfernt, wenn ein neues Subnetz einen Platz braucht; Subnetze sind nach der Registrierung für die Netzwerk-Immunitätsperiode der Chain immun</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="139"/>
        <source>Validators with a permit / other UIDs (miners)</source>
        <translation>Validatoren mit Erlaubnis / übrige UIDs (Miner)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="140"/>
        <source>Time since the subnet was registered</source>
        <translation>Zeit seit der Registrierung des Subnetzes</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="150"/>
        <source>1h</source>
        <translation>1 Std.</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="151"/>
        <source>24h</source>
        <translation>24 Std.</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="152"/>
        <source>7d</source>
        <translation>7 T.</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="154"/>
        <source>Emission share</source>
        <translation>Emissionsanteil</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="157"/>
        <source>Alpha outside pool</source>
        <translation>Alpha außerhalb des Pools</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="158"/>
        <source>Volume 24h (TAO)</source>
        <translation>Volumen 24 Std. (TAO)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="159"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="160"/>
        <source>Pruning rank</source>
        <translation>Entfernungsrang</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="161"/>
        <source>Validators / miners</source>
        <translation>Validatoren / Miner</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="162"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>models::SyncService</name>
    <message>
        <location filename="../models/sync/SyncService.cpp" line="61"/>
        <source>No node could be created for the &apos;%1&apos; network.</source>
        <translation>Für das Netz „%1“ konnte kein Knoten erstellt werden.</translation>
    </message>
</context>
<context>
    <name>models::ValidatorListModel</name>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="120"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="123"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="134"/>
        <source>The validator&apos;s hotkey (SS58)</source>
        <translation>Der Hotkey des Validators (SS58)</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="135"/>
        <source>Share of dividends the validator keeps before nominators are paid</source>
        <translation>Anteil der Dividenden, den der Validator behält, bevor die Nominatoren bezahlt werden</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="136"/>
        <source>All TAO value staked to this delegate</source>
        <translation>Gesamter bei diesem Delegierten gestakter TAO-Wert</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="137"/>
        <source>Coldkeys staking to this delegate</source>
        <translation>Coldkeys, die bei diesem Delegierten staken</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="138"/>
        <source>Alpha the validator earned at each subnet&apos;s last epoch, times epochs per day, valued at today&apos;s spot price</source>
        <translation>Alpha, das der Validator in der letzten Epoche jedes Subnetzes verdiente, mal Epochen pro Tag, zum heutigen Spot-Preis bewertet</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="139"/>
        <source>Estimate for nominators: dividends per day after take over total stake, compounded daily for a year; prices and emissions change, so this is not a promise</source>
        <translation>Schätzung für Nominatoren: Dividenden pro Tag nach Anteil des Validators geteilt durch den Gesamt-Stake, ein Jahr lang täglich verzinst; Preise und Emissionen ändern sich, daher ist dies kein Versprechen</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="141"/>
        <source>Subnets where it holds a validator permit</source>
        <translation>Subnetze, in denen er eine Validator-Erlaubnis hat</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="147"/>
        <source>Hotkey</source>
        <translation>Hotkey</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="148"/>
        <source>Take</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="149"/>
        <source>Total stake (TAO)</source>
        <translation>Gesamt-Stake (TAO)</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="150"/>
        <source>Nominators</source>
        <translation>Nominatoren</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="151"/>
        <source>Dividends / day (TAO)</source>
        <translation>Dividenden / Tag (TAO)</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="152"/>
        <source>APY estimate</source>
        <translation>Geschätzte Jahresrendite</translation>
    </message>
    <message>
        <location filename="../models/explorer/ValidatorListModel.cpp" line="153"/>
        <source>Subnets validated</source>
        <translation>Validierte Subnetze</translation>
    </message>
</context>
<context>
    <name>models::WalletService</name>
    <message>
        <location filename="../models/NodeRefusal.cpp" line="18"/>
        <source>The free balance cannot pay the transaction fee. Nothing changed.</source>
        <translation>Das freie Guthaben reicht nicht für die Transaktionsgebühr. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/NodeRefusal.cpp" line="20"/>
        <source>Another transaction from this wallet used the same nonce first. Nothing changed; check the wallet and try again.</source>
        <translation>Eine andere Transaktion dieser Wallet hat dieselbe Nonce zuerst verwendet. Es wurde nichts geändert; prüfen Sie die Wallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/NodeRefusal.cpp" line="23"/>
        <source>The node did not accept the signature (wrong runtime version or genesis for this network). Nothing changed.</source>
        <translation>Der Knoten hat die Signatur nicht akzeptiert (falsche Runtime-Version oder falscher Genesis-Block für dieses Netzwerk). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/NodeRefusal.cpp" line="26"/>
        <source>The transaction expired before it reached the node. Nothing changed; try again.</source>
        <translation>Die Transaktion ist abgelaufen, bevor sie den Knoten erreichte. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/NodeRefusal.cpp" line="29"/>
        <source>The block is full. Nothing changed; try again shortly.</source>
        <translation>Der Block ist voll. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../models/NodeRefusal.cpp" line="39"/>
        <source>The node refused the transaction: %1</source>
        <translation>Der Knoten hat die Transaktion abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../models/WalletService.cpp" line="413"/>
        <location filename="../models/WalletService.cpp" line="442"/>
        <source>Another transaction is still being sent.</source>
        <translation>Eine andere Transaktion wird noch gesendet.</translation>
    </message>
    <message>
        <location filename="../models/WalletService.cpp" line="486"/>
        <source>The node could not estimate the fee: %1</source>
        <translation>Der Knoten konnte die Gebühr nicht schätzen: %1</translation>
    </message>
</context>
<context>
    <name>ui::AddressDialog</name>
    <message>
        <location filename="../ui/wallet/AddressDialog.cpp" line="17"/>
        <source>Address of %1</source>
        <translation>Adresse von %1</translation>
    </message>
    <message>
        <location filename="../ui/wallet/AddressDialog.cpp" line="27"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/wallet/AddressDialog.cpp" line="34"/>
        <source>Coldkey:</source>
        <translation>Coldkey:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/AddressDialog.cpp" line="36"/>
        <source>Hotkey %1:</source>
        <translation>Hotkey %1:</translation>
    </message>
</context>
<context>
    <name>ui::ConfirmSignDialog</name>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="37"/>
        <source>You are signing on %1 (testnet): test TAO without market value.</source>
        <translation>Sie signieren auf %1 (Testnetz): Test-TAO ohne Marktwert.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="40"/>
        <source>You are signing on %1: a node you chose. If it serves finney, this is real TAO.</source>
        <translation>Sie signieren auf %1: ein von Ihnen gewählter Knoten. Wenn er finney bedient, sind das echte TAO.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="43"/>
        <source>You are signing on %1: real TAO.</source>
        <translation>Sie signieren auf %1: echte TAO.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="58"/>
        <source>Confirm and sign</source>
        <translation>Bestätigen und signieren</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="58"/>
        <source>Confirm and sign on %1</source>
        <translation>Bestätigen und auf %1 signieren</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="71"/>
        <source>Stake %1 TAO on subnet %2 with hotkey %3.</source>
        <translation>%1 TAO auf Subnetz %2 mit Hotkey %3 staken.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="78"/>
        <source>Unstake %1 α from subnet %2, hotkey %3.</source>
        <translation>%1 α aus Subnetz %2, Hotkey %3, unstaken.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="85"/>
        <source>Move %1 α from subnet %2 to subnet %3, hotkey %4.</source>
        <translation>%1 α von Subnetz %2 nach Subnetz %3 verschieben, Hotkey %4.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="93"/>
        <source>Send %1 TAO to %2 (keeping this account alive).</source>
        <translation>%1 TAO an %2 senden (dieses Konto bleibt bestehen).</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="94"/>
        <source>Send %1 TAO to %2.</source>
        <translation>%1 TAO an %2 senden.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="98"/>
        <source>Give %1 α of subnet %2 (hotkey %3) to coldkey %4 on subnet %5.</source>
        <translation>%1 α von Subnetz %2 (Hotkey %3) an Coldkey %4 auf Subnetz %5 übertragen.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="105"/>
        <source>Move %1 α from subnet %2 (hotkey %3) to subnet %4 (hotkey %5).</source>
        <translation>%1 α von Subnetz %2 (Hotkey %3) nach Subnetz %4 (Hotkey %5) verschieben.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="113"/>
        <source>%1 with %2 rao.</source>
        <translation>%1 mit %2 Rao.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="118"/>
        <source>Signed by %1</source>
        <translation>Signiert von %1</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="120"/>
        <source>Limit: origin/destination price ratio at least %1 (all or nothing)</source>
        <translation>Limit: Preisverhältnis Herkunft/Ziel mindestens %1 (alles oder nichts)</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="123"/>
        <source>Limit price: %1 TAO per α (%2)</source>
        <translation>Limitpreis: %1 TAO pro α (%2)</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="125"/>
        <source>a partial fill is allowed</source>
        <translation>eine Teilausführung ist erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="125"/>
        <source>all or nothing</source>
        <translation>alles oder nichts</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="127"/>
        <source>Network fee: %1 TAO, paid from the free balance</source>
        <translation>Netzwerkgebühr: %1 TAO, aus dem freien Guthaben bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="136"/>
        <source>Estimate from the synced pool: about %1 %2 out, pool fee %3 %4, price impact %5</source>
        <translation>Schätzung aus dem synchronisierten Pool: etwa %1 %2 heraus, Pool-Gebühr %3 %4, Preiswirkung %5</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="137"/>
        <source>Expected: about %1 %2 out, pool fee %3 %4, price impact %5</source>
        <translation>Erwartet: etwa %1 %2 erhalten, Poolgebühr %3 %4, Preiswirkung %5</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="155"/>
        <source>call: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="156"/>
        <source>call data: %1</source>
        <translation>Aufrufdaten: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="158"/>
        <source>limit_price: %1 rao per α</source>
        <translation>limit_price: %1 Rao pro α</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="159"/>
        <source>era: immortal</source>
        <translation>Era: unsterblich</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="160"/>
        <source>era: mortal, period %1, phase %2 (valid for %1 blocks)</source>
        <translation>Era: sterblich, Periode %1, Phase %2 (gültig für %1 Blöcke)</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="163"/>
        <source>nonce: %1</source>
        <translation>Nonce: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="163"/>
        <source>tip: %1 rao</source>
        <translation>Trinkgeld: %1 Rao</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="164"/>
        <source>fee: %1 rao network fee (the node&apos;s estimate for these bytes) from the free balance; swap fee as previewed</source>
        <translation>Gebühr: %1 rao Netzwerkgebühr (Schätzung des Knotens für diese Bytes) aus dem freien Guthaben; Swap-Gebühr wie in der Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="166"/>
        <source>spec version: %1, transaction version: %2</source>
        <translation>Spec-Version: %1, Transaktionsversion: %2</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="167"/>
        <source>genesis: %1</source>
        <translation>Genesis: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="168"/>
        <source>era birth block hash: %1</source>
        <translation>Hash des Era-Startblocks: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="169"/>
        <source>signing payload: %1</source>
        <translation>Signatur-Nutzdaten: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="179"/>
        <source>Advanced details</source>
        <translation>Erweiterte Details</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="187"/>
        <source>Sign and send</source>
        <translation>Signieren und senden</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="187"/>
        <source>Sign and send on %1</source>
        <translation>Auf %1 signieren und senden</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="217"/>
        <source>Getting the node&apos;s quote…</source>
        <translation>Angebot des Knotens wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="228"/>
        <source>The node&apos;s quote at block %1: %2 %3 out for %4 %5 in, pool fee %6 %7.</source>
        <translation>Angebot des Knotens in Block %1: %2 %3 heraus für %4 %5 hinein, Pool-Gebühr %6 %7.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="233"/>
        <source>Price on the node before the trade: %1 TAO per α.</source>
        <translation>Preis auf dem Knoten vor dem Handel: %1 TAO pro α.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="235"/>
        <source>The node could not quote this trade: %1</source>
        <translation>Der Knoten konnte für diesen Handel kein Angebot berechnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmSignDialog.cpp" line="236"/>
        <source>The figures above are Subnetscope&apos;s estimate from the synced pool, not the node&apos;s; the chain may give a little more or less.</source>
        <translation>Die Zahlen oben sind die Schätzung von Subnetscope aus dem synchronisierten Pool, nicht die des Knotens; die Chain kann etwas mehr oder weniger ergeben.</translation>
    </message>
</context>
<context>
    <name>ui::CreateWalletDialog</name>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="22"/>
        <source>New wallet</source>
        <translation>Neue Wallet</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="35"/>
        <source>Wallet name:</source>
        <translation>Name der Wallet:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="36"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="37"/>
        <source>Repeat password:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="43"/>
        <source>&lt;b&gt;Write these words down on paper, in order, and keep them safe.&lt;/b&gt; They are the only way to restore this wallet. They are shown once and never stored; anyone who sees them can take your funds.</source>
        <translation>&lt;b&gt;Schreiben Sie diese Wörter der Reihe nach auf Papier und bewahren Sie sie sicher auf.&lt;/b&gt; Nur mit ihnen lässt sich diese Wallet wiederherstellen. Sie werden einmal angezeigt und nie gespeichert; wer sie sieht, kann über Ihr Guthaben verfügen.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="54"/>
        <source>I have written the words down</source>
        <translation>Ich habe die Wörter aufgeschrieben</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="64"/>
        <source>Type these words of your recovery phrase to show you wrote it down:</source>
        <translation>Geben Sie diese Wörter Ihrer Wiederherstellungsphrase ein, um zu zeigen, dass Sie sie aufgeschrieben haben:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="80"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="118"/>
        <source>Use letters, digits, &apos;-&apos; or &apos;_&apos; for the wallet name.</source>
        <translation>Verwenden Sie für den Wallet-Namen Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="120"/>
        <source>A wallet named %1 exists already.</source>
        <translation>Eine Wallet namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="122"/>
        <source>Choose a password: it encrypts the wallet on this computer.</source>
        <translation>Wählen Sie ein Passwort: Es verschlüsselt die Wallet auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="124"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="138"/>
        <source>Word %1:</source>
        <translation>Wort %1:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="146"/>
        <source>Create wallet</source>
        <translation>Wallet anlegen</translation>
    </message>
    <message>
        <location filename="../ui/wallet/CreateWalletDialog.cpp" line="154"/>
        <source>The words do not match the phrase. Check what you wrote down.</source>
        <translation>Die Wörter passen nicht zur Phrase. Prüfen Sie Ihre Notiz.</translation>
    </message>
</context>
<context>
    <name>ui::ExplorerPages</name>
    <message>
        <location filename="../ui/ExplorerPages.cpp" line="18"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location filename="../ui/ExplorerPages.cpp" line="21"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/ExplorerPages.cpp" line="24"/>
        <source>Validators</source>
        <translation>Validatoren</translation>
    </message>
</context>
<context>
    <name>ui::ExportBar</name>
    <message>
        <location filename="../ui/ExportBar.cpp" line="58"/>
        <source>Save PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/ExportBar.cpp" line="59"/>
        <source>Save this chart as shown as a PNG image</source>
        <translation>Dieses Diagramm so, wie es angezeigt wird, als PNG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/ExportBar.cpp" line="63"/>
        <location filename="../ui/ExportBar.cpp" line="65"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/ExportBar.cpp" line="63"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ExportBar.cpp" line="65"/>
        <location filename="../ui/ExportBar.cpp" line="81"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/ExportBar.cpp" line="74"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ExportBar.cpp" line="75"/>
        <source>Save this table as shown (sorted and filtered) as a CSV file</source>
        <translation>Diese Tabelle so, wie sie angezeigt wird (sortiert und gefiltert), als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/ExportBar.cpp" line="79"/>
        <location filename="../ui/ExportBar.cpp" line="81"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportBar.cpp" line="79"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ui::HistoryPage</name>
    <message>
        <location filename="../ui/wallet/HistoryPage.cpp" line="24"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wallet/HistoryPage.cpp" line="45"/>
        <source>%n transaction(s) of %1</source>
        <translation>
            <numerusform>%n Transaktion von %1</numerusform>
            <numerusform>%n Transaktionen von %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wallet/HistoryPage.cpp" line="46"/>
        <source>No wallet yet.</source>
        <translation>Noch keine Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/HistoryPage.cpp" line="71"/>
        <location filename="../ui/wallet/HistoryPage.cpp" line="78"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/wallet/HistoryPage.cpp" line="73"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/wallet/HistoryPage.cpp" line="78"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ui::ImportWalletDialog</name>
    <message>
        <location filename="../ui/wallet/ImportWalletDialog.cpp" line="19"/>
        <source>Import wallet</source>
        <translation>Wallet importieren</translation>
    </message>
    <message>
        <location filename="../ui/wallet/ImportWalletDialog.cpp" line="24"/>
        <source>twelve or twenty-four words separated by spaces</source>
        <translation>zwölf oder vierundzwanzig Wörter, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/wallet/ImportWalletDialog.cpp" line="34"/>
        <source>Wallet name:</source>
        <translation>Name der Wallet:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/ImportWalletDialog.cpp" line="35"/>
        <source>Recovery phrase:</source>
        <translation>Wiederherstellungsphrase:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/ImportWalletDialog.cpp" line="36"/>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/ImportWalletDialog.cpp" line="38"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/wallet/ImportWalletDialog.cpp" line="60"/>
        <source>Use letters, digits, &apos;-&apos; or &apos;_&apos; for the wallet name.</source>
        <translation>Verwenden Sie für den Wallet-Namen Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/ImportWalletDialog.cpp" line="62"/>
        <source>A wallet named %1 exists already.</source>
        <translation>Eine Wallet namens %1 gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>ui::LifecycleLanesChart</name>
    <message>
        <location filename="../ui/charts/LifecycleLanesChart.cpp" line="18"/>
        <source>Lifecycle stage over time. ▼ registration, ▲ start call, red ticks: among the next three to be pruned</source>
        <translation>Lebenszyklus-Phase über die Zeit. ▼ Registrierung, ▲ Start-Aufruf, rote Striche: unter den nächsten drei, die entfernt werden</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="24"/>
        <source>Subnetscope — %1 network</source>
        <translation>Subnetscope — Netz %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33"/>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="45"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>%p% · %1 s left</source>
        <translation>%p% · noch %1 s</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Block %1 · head %2</source>
        <translation>Block %1 · Kopf %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Opening the store…</source>
        <translation>Speicher wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Catching up history…</source>
        <translation>Historie wird nachgeholt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Synced · following the chain</source>
        <translation>Synchron · folgt der Chain</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>Sync stopped</source>
        <translation>Synchronisation angehalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Sync failed</source>
        <translation>Synchronisation fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ui::NetworkMenu</name>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="16"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="30"/>
        <source>&amp;Local (embedded chain)</source>
        <translation>&amp;Lokal (eingebettete Chain)</translation>
    </message>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="31"/>
        <source>&amp;Finney (main network)</source>
        <translation>&amp;Finney (Hauptnetz)</translation>
    </message>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="32"/>
        <source>&amp;Testnet</source>
        <translation>&amp;Testnetz</translation>
    </message>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="34"/>
        <source>&amp;Custom URL…</source>
        <translation>&amp;Eigene URL…</translation>
    </message>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="44"/>
        <source>Network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="45"/>
        <source>The embedded chain on this computer; its store is %1.sqlite.</source>
        <translation>Die eingebettete Chain auf diesem Computer; ihr Speicher ist %1.sqlite.</translation>
    </message>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="46"/>
        <source>Read from %1; its store is %2.sqlite.</source>
        <translation>Gelesen von %1; der Speicher ist %2.sqlite.</translation>
    </message>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="47"/>
        <source>Subnetscope — %1</source>
        <translation>Subnetscope — %1</translation>
    </message>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="77"/>
        <location filename="../ui/NetworkMenu.cpp" line="82"/>
        <source>Custom network</source>
        <translation>Eigenes Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/NetworkMenu.cpp" line="78"/>
        <source>WebSocket address of a subtensor node (ws:// or wss://):</source>
        <translation>WebSocket-Adresse eines Subtensor-Knotens (ws:// oder wss://):</translation>
    </message>
</context>
<context>
    <name>ui::NetworkPage</name>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="60"/>
        <source>All TAO issued so far, and the TAO minted per block now</source>
        <translation>Alle bisher ausgegebenen TAO und die TAO, die derzeit pro Block geprägt werden</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="61"/>
        <source>TAO staked on the root network (netuid 0)</source>
        <translation>Im Root-Netz (Netuid 0) gestakte TAO</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="63"/>
        <source>Part of validators&apos; Alpha that goes to root stakers, averaged over subnets by emission share</source>
        <translation>Anteil des Alphas der Validatoren, der an Root-Staker geht, über die Subnetze nach Emissionsanteil gemittelt</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="67"/>
        <source>Issuance between the last and the next halving of the block emission</source>
        <translation>Ausgabe zwischen der letzten und der nächsten Halbierung der Block-Emission</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="70"/>
        <source>Total issuance</source>
        <translation>Gesamtausgabe</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="72"/>
        <source>Progress to the next halving</source>
        <translation>Fortschritt bis zur nächsten Halbierung</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="74"/>
        <source>Root stake</source>
        <translation>Root-Stake</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="76"/>
        <source>Root proportion</source>
        <translation>Root-Anteil</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="81"/>
        <source>Emission allocation over time (top %1 subnets and others, % of each block&apos;s TAO)</source>
        <translation>Verteilung der Emission über die Zeit (Top-%1-Subnetze und übrige, % der TAO jedes Blocks)</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="83"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="85"/>
        <source>Share of emission (%)</source>
        <translation>Emissionsanteil (%)</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="100"/>
        <source>Emission now</source>
        <translation>Emission jetzt</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="112"/>
        <source>Sort by registration</source>
        <translation>Nach Registrierung sortieren</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="113"/>
        <source>Sort by netuid</source>
        <translation>Nach Netuid sortieren</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="124"/>
        <source>Lifecycle of every subnet</source>
        <translation>Lebenszyklus aller Subnetze</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="165"/>
        <source>%1 · %2 per block</source>
        <translation>%1 · %2 pro Block</translation>
    </message>
    <message>
        <location filename="../ui/NetworkPage.cpp" line="167"/>
        <source>%1 of the way to %2 (halving %3, ≈ %4 at this rate)</source>
        <translation>%1 des Wegs bis %2 (Halbierung %3, ≈ %4 bei diesem Tempo)</translation>
    </message>
</context>
<context>
    <name>ui::PoolDepthChart</name>
    <message>
        <location filename="../ui/charts/PoolDepthChart.cpp" line="17"/>
        <source>Stake: price rises</source>
        <translation>Stake: Preis steigt</translation>
    </message>
    <message>
        <location filename="../ui/charts/PoolDepthChart.cpp" line="19"/>
        <source>Unstake (α valued in TAO): price falls</source>
        <translation>Unstake (α in TAO bewertet): Preis fällt</translation>
    </message>
    <message>
        <location filename="../ui/charts/PoolDepthChart.cpp" line="21"/>
        <source>Trade size (TAO)</source>
        <translation>Handelsgröße (TAO)</translation>
    </message>
    <message>
        <location filename="../ui/charts/PoolDepthChart.cpp" line="25"/>
        <source>Price impact (%)</source>
        <translation>Preiswirkung (%)</translation>
    </message>
</context>
<context>
    <name>ui::PortfolioPage</name>
    <message>
        <location filename="../ui/wallet/PortfolioPage.cpp" line="29"/>
        <source>Hide balances</source>
        <translation>Guthaben verbergen</translation>
    </message>
    <message>
        <location filename="../ui/wallet/PortfolioPage.cpp" line="42"/>
        <source>Value (TAO)</source>
        <translation>Wert (TAO)</translation>
    </message>
    <message>
        <location filename="../ui/wallet/PortfolioPage.cpp" line="45"/>
        <location filename="../ui/wallet/PortfolioPage.cpp" line="114"/>
        <source>Staked value over time (TAO, at hourly closes)</source>
        <translation>Gestakter Wert über die Zeit (TAO, zu stündlichen Schlusskursen)</translation>
    </message>
    <message>
        <location filename="../ui/wallet/PortfolioPage.cpp" line="48"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../ui/wallet/PortfolioPage.cpp" line="51"/>
        <source>TAO</source>
        <translation>TAO</translation>
    </message>
    <message>
        <location filename="../ui/wallet/PortfolioPage.cpp" line="113"/>
        <source>Total value over time (free + staked, TAO; stake at hourly closes)</source>
        <translation>Gesamtwert über die Zeit (frei + gestakt, TAO; Stake zu stündlichen Schlusskursen)</translation>
    </message>
    <message>
        <location filename="../ui/wallet/PortfolioPage.cpp" line="129"/>
        <source>No wallet yet: Wallet › New wallet… or Import from recovery phrase…</source>
        <translation>Noch keine Wallet: Wallet › Neue Wallet… oder Aus Wiederherstellungsphrase importieren…</translation>
    </message>
    <message>
        <location filename="../ui/wallet/PortfolioPage.cpp" line="135"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · Free: %2 · Staked (spot): %3 · Exit value: %4 · Cost basis: %5 · P&amp;amp;L: %6 · Realized: %7 · Emissions: %8 · &lt;b&gt;Total (free + exit): %9&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Frei: %2 · Gestakt (Spot): %3 · Ausstiegswert: %4 · Einstandswert: %5 · G&amp;amp;V: %6 · Realisiert: %7 · Emissionen: %8 · &lt;b&gt;Gesamt (frei + Ausstieg): %9&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wallet/PortfolioPage.cpp" line="138"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ui::PriceCandleChart</name>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="26"/>
        <source>Spot price (TAO/α)</source>
        <translation>Spot-Preis (TAO/α)</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="28"/>
        <source>EMA price (TAO/α)</source>
        <translation>EMA-Preis (TAO/α)</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="30"/>
        <source>OHLC (TAO/α)</source>
        <translation>OHLC (TAO/α)</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="35"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="37"/>
        <source>TAO per α</source>
        <translation>TAO pro α</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="66"/>
        <source>Show the last %1 of prices</source>
        <translation>Die letzten %1 der Preise zeigen</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="76"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="77"/>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="78"/>
        <source>Spot and EMA price as lines, or open/high/low/close candles of the recorded trades (block prices where an interval has none)</source>
        <translation>Spot- und EMA-Preis als Linien oder Kerzen (Eröffnung/Hoch/Tief/Schluss) der aufgezeichneten Trades (Blockpreise, wo ein Intervall keine hat)</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="82"/>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="83"/>
        <source>Save the chart as shown as a PNG image</source>
        <translation>Das Diagramm wie angezeigt als PNG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="85"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/charts/PriceCandleChart.cpp" line="85"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>ui::PriceChart</name>
    <message>
        <location filename="../ui/PriceChart.cpp" line="17"/>
        <source>Spot price (TAO/α)</source>
        <translation>Kassakurs (TAO/α)</translation>
    </message>
    <message>
        <location filename="../ui/PriceChart.cpp" line="19"/>
        <source>EMA price (TAO/α)</source>
        <translation>EMA-Kurs (TAO/α)</translation>
    </message>
    <message>
        <location filename="../ui/PriceChart.cpp" line="24"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/PriceChart.cpp" line="26"/>
        <source>TAO per α</source>
        <translation>TAO pro α</translation>
    </message>
</context>
<context>
    <name>ui::StakeDialog</name>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="42"/>
        <source>Stake TAO</source>
        <translation>TAO staken</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="42"/>
        <source>Move stake</source>
        <translation>Stake verschieben</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="42"/>
        <source>Unstake Alpha</source>
        <translation>Alpha unstaken</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="51"/>
        <source>TAO, e.g. 1.5</source>
        <translation>TAO, z. B. 1.5</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="51"/>
        <source>Alpha, e.g. 10</source>
        <translation>Alpha, z. B. 10</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="52"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="61"/>
        <source>% of position</source>
        <translation>% der Position</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="62"/>
        <source>Fill in this share of the position</source>
        <translation>Diesen Anteil der Position eintragen</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="71"/>
        <source>Allow a partial fill up to the limit</source>
        <translation>Teilausführung bis zum Limit erlauben</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="92"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="93"/>
        <source>Validator hotkey</source>
        <translation>Validator-Hotkey</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="102"/>
        <source>To subnet</source>
        <translation>Zu Subnetz</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="103"/>
        <source>To hotkey</source>
        <translation>Zu Hotkey</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="105"/>
        <source>Amount (TAO)</source>
        <translation>Betrag (TAO)</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="105"/>
        <source>Amount (Alpha)</source>
        <translation>Betrag (Alpha)</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="107"/>
        <source>Price tolerance</source>
        <translation>Preistoleranz</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="110"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="212"/>
        <source>%1 · take %2 · stake %3 α%4</source>
        <translation>%1 · Take %2 · Stake %3 α%4</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="214"/>
        <source> · subnet owner</source>
        <translation> · Subnetz-Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="225"/>
        <source>Free balance: %1 TAO</source>
        <translation>Freies Guthaben: %1 TAO</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="249"/>
        <source>Take %1 · %2 α staked on this subnet</source>
        <translation>Take %1 · %2 α auf diesem Subnetz gestakt</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="253"/>
        <source>Not a validator with a permit on this subnet</source>
        <translation>Kein Validator mit Berechtigung auf diesem Subnetz</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="264"/>
        <source>Position: %1 α</source>
        <translation>Position: %1 α</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="267"/>
        <source>Position: %1 α · spot value %2 TAO · exit value %3 TAO</source>
        <translation>Position: %1 α · Spotwert %2 TAO · Ausstiegswert %3 TAO</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="314"/>
        <source>A move to another hotkey or within a subnet has no limit on chain (move_stake).</source>
        <translation>Eine Verschiebung zu einem anderen Hotkey oder innerhalb eines Subnetzes hat auf der Chain kein Limit (move_stake).</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="318"/>
        <source>No subnet is open for staking yet.</source>
        <translation>Noch ist kein Subnetz zum Staken geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="319"/>
        <source>You have no stake to unstake.</source>
        <translation>Sie haben keinen Stake zum Unstaken.</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="324"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="341"/>
        <source>You receive about: %1 α on subnet %2
Fee (origin leg): %3 α
Origin price: %4 TAO per α
Destination price after: %5 TAO per α</source>
        <translation>Sie erhalten etwa: %1 α auf Subnetz %2
Gebühr (Ausgangsseite): %3 α
Ausgangspreis: %4 TAO pro α
Zielpreis danach: %5 TAO pro α</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="349"/>
        <source>Limit: origin/destination price ratio at least %1 (after the move: %2)</source>
        <translation>Limit: Preisverhältnis Herkunft/Ziel mindestens %1 (nach der Verschiebung: %2)</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="352"/>
        <source>No limit: a move to another hotkey is not protected by a price limit.</source>
        <translation>Kein Limit: Eine Verschiebung zu einem anderen Hotkey ist durch kein Preislimit geschützt.</translation>
    </message>
    <message>
        <location filename="../ui/StakeDialog.cpp" line="358"/>
        <source>Rate: %1 %2 per %3
You receive about: %4 %2
At the spot price (no slippage): %5 %2
Fee: %6 %3
Price impact: %7
Limit price: %8 TAO per α
Largest amount within the limit: %9 %3</source>
        <translation>Kurs: %1 %2 pro %3
Sie erhalten etwa: %4 %2
Zum Spot-Preis (ohne Slippage): %5 %2
Gebühr: %6 %3
Preiswirkung: %7
Limitpreis: %8 TAO pro α
Größter Betrag innerhalb des Limits: %9 %3</translation>
    </message>
</context>
<context>
    <name>ui::SubnetDetailPage</name>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="35"/>
        <source>Double-click a subnet on the Subnets page to see it here.</source>
        <translation>Doppelklicken Sie auf der Seite Subnetze auf ein Subnetz, um es hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="51"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="51"/>
        <source>Spot price of one Alpha in TAO</source>
        <translation>Spot-Preis eines Alpha in TAO</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="52"/>
        <source>EMA price</source>
        <translation>EMA-Preis</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="52"/>
        <source>The moving (EMA) price the chain uses for emission shares and pruning</source>
        <translation>Der gleitende (EMA-)Preis, den die Chain für Emissionsanteile und das Entfernen nutzt</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="53"/>
        <source>Market cap</source>
        <translation>Marktkapitalisierung</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="53"/>
        <source>All Alpha valued at the spot price</source>
        <translation>Alles Alpha zum Spot-Preis bewertet</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="54"/>
        <source>Alpha supply</source>
        <translation>Alpha-Menge</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="54"/>
        <source>Alpha in the pool plus Alpha outside it</source>
        <translation>Alpha im Pool plus Alpha außerhalb</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="55"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="55"/>
        <source>Lifecycle stage (see README: Lifecycle stages)</source>
        <translation>Lebenszyklus-Phase (siehe README: Lifecycle stages)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="56"/>
        <source>Pruning</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="56"/>
        <source>Place in the pruning order, or how long the subnet stays immune</source>
        <translation>Platz in der Entfernungsreihenfolge oder wie lange das Subnetz immun bleibt</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="57"/>
        <source>Emission to pool</source>
        <translation>Emission in den Pool</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="57"/>
        <source>TAO and Alpha injected into the pool per day at the current rate</source>
        <translation>TAO und Alpha, die beim aktuellen Tempo pro Tag in den Pool fließen</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="58"/>
        <source>Alpha out per day</source>
        <translation>Alpha außerhalb pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="58"/>
        <source>Alpha minted outside the pool per day: owner, miners, validators, root</source>
        <translation>Außerhalb des Pools pro Tag geprägtes Alpha: Eigentümer, Miner, Validatoren, Root</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="59"/>
        <source>Split of Alpha out</source>
        <translation>Aufteilung des Alpha außerhalb</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="59"/>
        <source>Owner 18 %, miners half of the rest, validators the other half minus the root share</source>
        <translation>Eigentümer 18 %, Miner die Hälfte des Rests, Validatoren die andere Hälfte abzüglich des Root-Anteils</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="60"/>
        <source>Registration cost</source>
        <translation>Registrierungskosten</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="60"/>
        <source>TAO burned to register a UID now (the burn price)</source>
        <translation>TAO, die für die Registrierung einer UID jetzt verbrannt werden (der Burn-Preis)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="61"/>
        <location filename="../ui/SubnetDetailPage.cpp" line="213"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="61"/>
        <source>Blocks between epochs (12 s each)</source>
        <translation>Blöcke zwischen Epochen (je 12 s)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="62"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="62"/>
        <source>Owner coldkey (SS58)</source>
        <translation>Coldkey des Eigentümers (SS58)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="81"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="81"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="82"/>
        <source>Emission</source>
        <translation>Emission</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="83"/>
        <source>Pool depth</source>
        <translation>Pooltiefe</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="84"/>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="98"/>
        <source>Metagraph</source>
        <translation>Metagraph</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="122"/>
        <source>%1 %2 (netuid %3): Alpha price</source>
        <translation>%1 %2 (Netuid %3): Alpha-Preis</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="174"/>
        <source>%1 %2 · netuid %3</source>
        <translation>%1 %2 · Netuid %3</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="185"/>
        <source>rank %1 (1 = next)</source>
        <translation>Rang %1 (1 = als Nächstes)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="186"/>
        <source>immune for %1</source>
        <translation>immun für %1</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="188"/>
        <source>%1 TAO + %2 %3</source>
        <translation>%1 TAO + %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="190"/>
        <source>owner %1 · miners %2 · validators %3 · root %4 (%5 per day)</source>
        <translation>Eigentümer %1 · Miner %2 · Validatoren %3 · Root %4 (%5 pro Tag)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="195"/>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="196"/>
        <source>%1 blocks (%2)</source>
        <translation>%1 Blöcke (%2)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="199"/>
        <source>Coldkey %1
Hotkey %2</source>
        <translation>Coldkey %1
Hotkey %2</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="204"/>
        <source>Price impact of one trade on %1 %2</source>
        <translation>Preiswirkung eines Handels auf %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="213"/>
        <source>%1 blocks</source>
        <translation>%1 Blöcke</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="214"/>
        <source>UIDs</source>
        <translation>UIDs</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="214"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="215"/>
        <source>Validators with a permit</source>
        <translation>Validatoren mit Erlaubnis</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="216"/>
        <source>Swap fee</source>
        <translation>Swap-Gebühr</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="217"/>
        <source>Pool TAO weight</source>
        <translation>TAO-Gewicht des Pools</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="218"/>
        <source>Registered at block</source>
        <translation>Registriert bei Block</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="219"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="219"/>
        <source>at block %1</source>
        <translation>bei Block %1</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="219"/>
        <source>yes (at genesis)</source>
        <translation>ja (bei Genesis)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="219"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/SubnetDetailPage.cpp" line="220"/>
        <source>Network immunity until block</source>
        <translation>Netzwerk-Immunität bis Block</translation>
    </message>
</context>
<context>
    <name>ui::SubnetEmissionChart</name>
    <message>
        <location filename="../ui/charts/SubnetEmissionChart.cpp" line="17"/>
        <source>Emission per day</source>
        <translation>Emission pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/charts/SubnetEmissionChart.cpp" line="18"/>
        <source>TAO injected into this subnet&apos;s pool per day (TAO axis), Alpha minted per day (α axis) and the subnet&apos;s share of the network&apos;s TAO emission (%, right axis), at the current rate of each sample</source>
        <translation>TAO, die pro Tag in den Pool dieses Subnetzes fließen (TAO-Achse), pro Tag geprägtes Alpha (α-Achse) und der Anteil des Subnetzes an der TAO-Emission des Netzwerks (%, rechte Achse), jeweils zur Rate des Messpunkts</translation>
    </message>
    <message>
        <location filename="../ui/charts/SubnetEmissionChart.cpp" line="21"/>
        <source>TAO / day</source>
        <translation>TAO / Tag</translation>
    </message>
    <message>
        <location filename="../ui/charts/SubnetEmissionChart.cpp" line="23"/>
        <source>α / day</source>
        <translation>α / Tag</translation>
    </message>
    <message>
        <location filename="../ui/charts/SubnetEmissionChart.cpp" line="25"/>
        <source>Network share (%)</source>
        <translation>Netzwerkanteil (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/SubnetEmissionChart.cpp" line="27"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/charts/SubnetEmissionChart.cpp" line="30"/>
        <source>TAO per day</source>
        <translation>TAO pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/charts/SubnetEmissionChart.cpp" line="33"/>
        <source>α per day</source>
        <translation>α pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/charts/SubnetEmissionChart.cpp" line="36"/>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
</context>
<context>
    <name>ui::SubnetsPage</name>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="35"/>
        <source>Filter by name, symbol or netuid (Ctrl+F)</source>
        <translation>Nach Name, Symbol oder Netuid filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="42"/>
        <source>Show only subnets in one lifecycle stage</source>
        <translation>Nur Subnetze in einer Lebenszyklus-Phase zeigen</translation>
    </message>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="43"/>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="48"/>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="50"/>
        <source>Pin the selected subnet to the top of the table (remembered)</source>
        <translation>Das ausgewählte Subnetz oben in der Tabelle anheften (wird gemerkt)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="51"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="53"/>
        <source>Save the table as shown (filtered and sorted) as a CSV file</source>
        <translation>Die Tabelle wie angezeigt (gefiltert und sortiert) als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="101"/>
        <source>Export subnets</source>
        <translation>Subnetze exportieren</translation>
    </message>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="101"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="135"/>
        <source>%1 %2 (netuid %3): Alpha price</source>
        <translation>%1 %2 (Netuid %3): Alpha-Kurs</translation>
    </message>
</context>
<context>
    <name>ui::Theme</name>
    <message>
        <location filename="../ui/Theme.cpp" line="108"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/Theme.cpp" line="110"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/Theme.cpp" line="113"/>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../ui/Theme.cpp" line="114"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/Theme.cpp" line="115"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ui::TransferDialog</name>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="26"/>
        <source>Send TAO</source>
        <translation>TAO senden</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="29"/>
        <source>SS58 address of the receiving coldkey</source>
        <translation>SS58-Adresse des empfangenden Coldkeys</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="33"/>
        <source>TAO, e.g. 1.5</source>
        <translation>TAO, z. B. 1.5</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="34"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="36"/>
        <source>Keep the sending account alive (transfer_keep_alive)</source>
        <translation>Sendendes Konto bestehen lassen (transfer_keep_alive)</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="39"/>
        <source>Free balance: %1 TAO</source>
        <translation>Freies Guthaben: %1 TAO</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="56"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="57"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="58"/>
        <source>Amount (TAO)</source>
        <translation>Betrag (TAO)</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="62"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="95"/>
        <source>Enter the address to send to.</source>
        <translation>Geben Sie die Empfängeradresse ein.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="100"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/TransferDialog.cpp" line="114"/>
        <source>Sends %1 TAO to %2.
Transaction fee: %3 TAO
Free balance afterwards: %4 TAO</source>
        <translation>Sendet %1 TAO an %2.
Transaktionsgebühr: %3 TAO
Freies Guthaben danach: %4 TAO</translation>
    </message>
</context>
<context>
    <name>ui::ValidatorsPage</name>
    <message>
        <location filename="../ui/ValidatorsPage.cpp" line="27"/>
        <source>Filter by hotkey</source>
        <translation>Nach Hotkey filtern</translation>
    </message>
    <message>
        <location filename="../ui/ValidatorsPage.cpp" line="30"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ValidatorsPage.cpp" line="33"/>
        <source>Export validators</source>
        <translation>Validatoren exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ValidatorsPage.cpp" line="33"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ui::WalletActions</name>
    <message>
        <location filename="../ui/WalletActions.cpp" line="35"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Wallet</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="37"/>
        <source>&amp;Stake…</source>
        <translation>&amp;Staken…</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="39"/>
        <source>&amp;Unstake…</source>
        <translation>&amp;Unstaken…</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="41"/>
        <source>&amp;Move stake…</source>
        <translation>Stake &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="43"/>
        <source>Send &amp;TAO…</source>
        <translation>&amp;TAO senden…</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="54"/>
        <location filename="../ui/WalletActions.cpp" line="74"/>
        <location filename="../ui/WalletActions.cpp" line="84"/>
        <location filename="../ui/WalletActions.cpp" line="90"/>
        <location filename="../ui/WalletActions.cpp" line="111"/>
        <location filename="../ui/WalletActions.cpp" line="132"/>
        <location filename="../ui/WalletActions.cpp" line="165"/>
        <location filename="../ui/WalletActions.cpp" line="192"/>
        <location filename="../ui/WalletActions.cpp" line="223"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="55"/>
        <source>The node is not connected yet; try again in a moment.</source>
        <translation>Der Knoten ist noch nicht verbunden; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="75"/>
        <source>There is no wallet that can sign yet. Create one with Wallet › New wallet… or “subnetscope-cli wallet create”.</source>
        <translation>Es gibt noch keine Wallet, die signieren kann. Legen Sie eine mit Wallet › Neue Wallet… oder „subnetscope-cli wallet create“ an.</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="84"/>
        <source>Sign with wallet:</source>
        <translation>Mit Wallet signieren:</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="133"/>
        <source>The node could not estimate the transaction fee: %1</source>
        <translation>Der Knoten konnte die Transaktionsgebühr nicht schätzen: %1</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="134"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="287"/>
        <source>no answer within %1 s.</source>
        <translation>keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="112"/>
        <source>The node did not answer with the account.</source>
        <translation>Der Knoten hat das Konto nicht geliefert.</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="216"/>
        <source>Unlock wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="216"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="232"/>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="233"/>
        <source>%1 has not reported the transaction within %2 minutes. It may still be included: check the portfolio before sending it again.</source>
        <translation>%1 hat die Transaktion nicht innerhalb von %2 Minuten gemeldet. Sie kann noch aufgenommen werden: Prüfen Sie das Portfolio, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="248"/>
        <source>Transaction refused</source>
        <translation>Transaktion abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="249"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="257"/>
        <location filename="../ui/WalletActions.cpp" line="262"/>
        <source>Transaction sent</source>
        <translation>Transaktion gesendet</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="258"/>
        <source>Included in block %1 on %2. The portfolio shows the new balance once that block is synced.</source>
        <translation>In Block %1 auf %2 aufgenommen. Das Portfolio zeigt das neue Guthaben, sobald dieser Block synchronisiert ist.</translation>
    </message>
    <message>
        <location filename="../ui/WalletActions.cpp" line="263"/>
        <source>Included in block %1.
TAO: %2
Alpha: %3
Fee: %4
Price after: %5</source>
        <translation>Aufgenommen in Block %1.
TAO: %2
Alpha: %3
Gebühr: %4
Preis danach: %5</translation>
    </message>
</context>
<context>
    <name>ui::WalletUi</name>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="43"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="46"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="58"/>
        <source>&amp;New wallet…</source>
        <translation>&amp;Neue Wallet…</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="59"/>
        <source>&amp;Import from recovery phrase…</source>
        <translation>Aus Wiederherstellungsphrase &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="60"/>
        <source>Add &amp;hotkey…</source>
        <translation>&amp;Hotkey hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="61"/>
        <source>Show &amp;address…</source>
        <translation>&amp;Adresse anzeigen…</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="62"/>
        <source>Un&amp;lock…</source>
        <translation>Ent&amp;sperren…</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="63"/>
        <source>L&amp;ock now</source>
        <translation>Jetzt s&amp;perren</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="67"/>
        <source>Get test &amp;TAO (local network)</source>
        <translation>Test-&amp;TAO holen (lokales Netz)</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="74"/>
        <source>Current wallet</source>
        <translation>Aktuelle Wallet</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="78"/>
        <source>Wallet:</source>
        <translation>Wallet:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="94"/>
        <location filename="../ui/wallet/WalletUi.cpp" line="209"/>
        <source>Test TAO</source>
        <translation>Test-TAO</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="96"/>
        <source>Test TAO arrived in block %1.</source>
        <translation>Test-TAO sind in Block %1 angekommen.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="120"/>
        <source>no wallet</source>
        <translation>keine Wallet</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="127"/>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="127"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="129"/>
        <source>The key stays in memory for at most %1 minutes or until you lock it.</source>
        <translation>Der Schlüssel bleibt höchstens %1 Minuten im Speicher oder bis Sie sperren.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="140"/>
        <source>Credit test TAO to the current wallet in the next block.</source>
        <translation>Schreibt der aktuellen Wallet im nächsten Block Test-TAO gut.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="141"/>
        <source>Test TAO exist only on the local network; switch with Network › Local. Here, fund the wallet by sending TAO to its address.</source>
        <translation>Test-TAO gibt es nur im lokalen Netzwerk; wechseln Sie über Netzwerk › Lokal. Hier laden Sie die Wallet auf, indem Sie TAO an ihre Adresse senden.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="151"/>
        <source>Wallet %1 created.</source>
        <translation>Wallet %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="157"/>
        <source>Wallet %1 imported.</source>
        <translation>Wallet %1 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="162"/>
        <location filename="../ui/wallet/WalletUi.cpp" line="202"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="162"/>
        <location filename="../ui/wallet/WalletUi.cpp" line="202"/>
        <source>Create or import a wallet first.</source>
        <translation>Legen Sie zuerst eine Wallet an oder importieren Sie eine.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="164"/>
        <location filename="../ui/wallet/WalletUi.cpp" line="169"/>
        <location filename="../ui/wallet/WalletUi.cpp" line="176"/>
        <source>Add hotkey</source>
        <translation>Hotkey hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="164"/>
        <source>Hotkey name:</source>
        <translation>Name des Hotkeys:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="169"/>
        <source>Password of %1:</source>
        <translation>Passwort von %1:</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="177"/>
        <source>Hotkey added</source>
        <translation>Hotkey hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="178"/>
        <source>Hotkey %1: %2

Its recovery phrase, shown once — write it down:
%3</source>
        <translation>Hotkey %1: %2

Seine Wiederherstellungsphrase, nur einmal angezeigt — schreiben Sie sie auf:
%3</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="187"/>
        <location filename="../ui/wallet/WalletUi.cpp" line="196"/>
        <source>Unlock wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="188"/>
        <source>Password of %1 (stays unlocked for %2 minutes or until you lock it):</source>
        <translation>Passwort von %1 (bleibt %2 Minuten entsperrt oder bis Sie sperren):</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="210"/>
        <source>Test TAO exists only on the local network, for a wallet you have.</source>
        <translation>Test-TAO gibt es nur im lokalen Netz, für eine vorhandene Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/wallet/WalletUi.cpp" line="212"/>
        <source>Asking the local chain for %1 test TAO…</source>
        <translation>Die lokale Chain wird um %1 Test-TAO gebeten…</translation>
    </message>
</context>
</TS>
