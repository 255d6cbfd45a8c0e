"""The gender a common given name tells, so "he" and "she" can skip people they cannot mean.

Writers use a pronoun when it can only mean one of the people in play: a "she" after a sentence about
"Taras Bondar" goes back past him, a "he" stays with him. Only names that are one gender in nearly every
country are listed (no "Andrea", "Jean", "Kim", "Sasha"); an unlisted name tells nothing.
"""

from __future__ import annotations

import re
import unicodedata

from bot.analyse.speech_lexicon import word_set

_MALE = word_set(
    """
    aaron abbas abdallah abdel abdelaziz abdelkader abdourahamane abdul abdulaziz abdullah abdullahi
    abdulrahman abdurrahman abiy abraham abu adam adebayo adel ademola adnan adrian ahmad ahmed ahmet ajay
    akbar akhtar akin akira alain alan alastair albert alberto alejandro aleksander aleksandr aleksei
    alexander alexandre alexei alexis alfonso alfred ali alistair alpha amadou amir amir-hossein amit amos
    anand anatoly anders andre andrei andres andrew andrzej angel anil anthony antoine anton antonio antti
    anwar arif armando arnaud arne arsen arthur arturo arvind ashok ashraf assimi atiku augusto aurelien ayman
    aziz babajide babatunde bakary balaji barack barry bart bashar bashir basil ben benedict benjamin benoit
    bernard bernardo bilal bill billy bjoern bjorn bob bogdan bola boris boubacar brad brendan brian bruce
    bruno bryan burak cameron carl carlos catalin cedric cem cesar charles charlie chidi chinedu chris
    christian christoph christophe christopher chukwudi chukwuma clarence claude claudio clement colin conor
    craig cristian cyril dale damian dan daniel danilo dario darren david dean denis dennis derek diego dieter
    dimitri dirk dmitri dmitry dominic donald douglas dragos duncan dusan ebrahim eduardo edward edwin elias
    elijah eliud emeka emile emmanuel emmerson emre enrique eric erik ernesto esteban ethan eugene evan evgeny
    fabian fabio fadi faisal farhad farhan farid faruk faure federico felipe felix femi fernando filip florian
    florin francesco francis francisco franck francois frank franz fred frederic frederick friedrich fumio
    fyodor gabriel gareth gary gavin geert geoffrey georg george georgi gerald gerard gerhard gheorghe giorgi
    giovanni giuseppe godswill goodluck gordon graham grant greg gregoire gregory guillaume gunnar gustavo guy
    hakan hamid hamza hans harald harold harry hasan hassan hector heinz helmut hendrik henri henrik henry
    herbert herve hiroshi holger hosni hossein hugh hugo huseyin hussein hyun-woo ian ibrahim ichiro idris
    idriss ifeanyi igor ilker ilya imran ion ionut isaac ismail ismet ivan jack jacob jacques jaime jair
    jakaya jake jamal james jamie jan jan-willem janusz jaroslaw jason javad javier jean- jean-baptiste jean-
    francois jean-louis jean-luc jean-marc jean-marie jean-michel jean-noel jean-paul jean-yves jeff jeffrey
    jens jeremy jerome jesus jian jim jimmy joachim joao joaquin joe joel joerg johan johannes john jonas
    jonathan joost jorg jorge jose josef joseph joshua juan jukka julian julien julius jun-ho junaid jurgen
    justin kamal kareem karim karl kashim kasim kayode keith kelechi kemal ken kenji kenneth kevin khaled
    khalid klaus koen kofi konstantin kwabena kwame kyle lamine larry lars laurent lawrence leo leon leonardo
    leonid loic lorenzo louis luc luca lucas lucian luigi luis luiz lukas lula maarten magnus mahamadou
    mahamat mahmoud mahmud majid malik mamadi mamadou manfred manoj manuel marc marcel marcelo marco marcos
    marek mario marius mark marko markus martin mateo mathieu mats matteo matthew matthias matthieu maurice
    mauricio max maxim maxime mehmet michael michel miguel mihai mikael mikhail mikko milan min-jun ming mirko
    mohamed mohammad mohammad-javad mohammed mohsen moses moussa muhammad muhammadu murat mustafa nabil nadir
    narendra nasser nathan neil nelson nicholas nick nicolas nikolai nikolay nils nitin nnamdi noah norbert
    nuhu nyesom obinna olaf ole oleg oleksandr oleksiy oliver olivier olusegun oluwaseun omar orhan oscar
    osman ousmane ovidiu owen pablo paolo pascal patrice patrick paul pavel pedro pekka peter petr petro
    philip philippe pierre pieter piotr pradeep pranab prashant qasim qiang radu rafael rahul raila rajesh
    rajiv rakesh ralf ralph ramesh ramon ramzan rashid raul ravi raymond recep rene reza ricardo richard rick
    rob robert roberto rodrigo roger roland rolf roman ron ronald rory ruben rudolf rustem ryan saad sachin
    sadiq salah saleh salim salman sam samir samuel sandeep sanjay sanjiv santiago sauli sebastian sebastien
    serge sergei sergey sergio serkan seung seyi shahid shane sharif shashi shinzo simon sjoerd sorin
    stanislav stefan stephane stephen steve steven stuart subrahmanyam suleiman sunil suresh sven takeshi
    tamim tariq taro ted tedros terry thabo thierry thomas thorsten tim timo timothy tobias todd tom tomas
    tony torsten tudor tyler uche uhuru umar usman uwe vadim valentin valery vasily venkat victor vijay viktor
    vincent vitaly vlad vladimir vladislav volker volodymyr walid walter wayne wei werner wilfried william
    willy wolfgang wouter xavier yahya yakubu yannick yaroslav yasar yasser yemi yevgeny yilmaz yoav yoshihide
    yousef youssef yoweri yuri yusuf zachary zaid zakaria zbigniew zoran
    doug gregg brett kurt scott chad kirk troy lance dwight earl glenn howard jerry lloyd marvin norman ray roy
    russell stanley vernon wade warren wesley harvey herman lewis lionel luke mitchell nigel phil reginald rodney
    ross seth spencer stewart vince wallace zack hamish callum angus euan fergus niall seamus eoin dermot declan
    ciaran cormac padraig liam rhys dylan owain dafydd afonso rui nuno tiago duarte vasco goncalo diogo bartosz
    krzysztof tomasz wojciech grzegorz marcin pawel lukasz michal dariusz kamil karol jakub mateusz ondrej jiri
    vaclav miroslav zdenek dmytro mykola mykhailo serhiy serhii taras yevhen yurii vasyl bohdan andriy ruslan
    nazar artem maksym vitalii kostiantyn denys oleh ihor anatoliy giorgos konstantinos nikos dimitris yannis
    kostas panagiotis christos kadir selim ozan cengiz volkan levent hakim rachid mounir hicham ayoub driss
    younes tarek hisham amr wael sherif hatem hazem ramy mazen ziad nizar samer rami fouad naji qassem takashi
    kenta daisuke haruto shinji satoshi masato kazuo naoki ryota tetsuya hideki koji makoto arjun rohit vikram
    rajnath mahesh ganesh dinesh mukesh naveen prakash santosh vivek yogesh harish jayant ashwin deepak gaurav
    manish nikhil pankaj rajeev siddharth tarun varun vinod chukwuemeka olumide tunde segun kunle jide kola
    bayo musa abubakar aliyu garba sani bello haruna lawal yaw kojo kwesi kwaku jomo kipchoge kamau njoroge
    otieno alvaro emilio gonzalo ignacio julio octavio patricio ramiro rodolfo salvador vicente hernan facundo
    matias agustin ezequiel lautaro thiago fernand rodrigue cian diarmuid donal ruairi cathal colm
    """
)
_FEMALE = word_set(
    """
    adaeze agnes aisha aishah akiko alice alicia alina alison amal amanda amelia amina aminata amy ana
    anastasia angela angelina angelique anita anke ann anna annalena anne anne-marie anneli annette annika
    anouk antonia ashley asma astrid aurelie ayse barbara beata beatrice beatriz bettina birgit brigitte
    britta carolina caroline carolyn catherine cecile celine charlotte chiara chimamanda chioma christina
    christine chrystia claire claudia colette cristina cynthia daniela danielle deborah delphine diana dilma
    dina dolores donna dorothy ebba elena eleni elif elin elisabeth elizabeth ella ellen elodie elsa emilia
    emily emine emma esther eva evelyn fatemeh fatima fatma fatou fatoumata femke fernanda florence folake
    francesca francoise franziska frederique funmilayo gabriela gabrielle genevieve georgina gillian giorgia
    gloria graca grace gulnara hana hanna hannah heather heidi heike helen helena helene helga hilary hillary
    ifeoma ilham ilona ilse indira ines ingrid irene irina isabel isabella isabelle jacinda jane janet janice
    jennifer jessica jill joan joanna josephine joyce judith julia juliana julie justine kaja kajsa kamala
    karen karin katarina katarzyna katharina katherine kathleen kathrin kathryn katie katrin keiko kerstin
    kristalina kristina laila lan laura lauren layla leila lena linda linnea lisa liv liz lorena louise lucia
    lucy ludmila lyudmila magdalena maia maja malin mamata maria mariam mariana marianne marie marie-christine
    marie-claude marie-france marieke marina marine marta martha mary maryam maya mayawati megan mei melania
    melanie meral mercy meryl mette michelle mira miriam monica monika nadia nadine nancy naomi narges natalia
    natalya natasha nathalie ngozi nicole nina nirmala nour noura olena olga olivia paola paula pauline penny
    pernille petra priya priyanka rachel rania rebecca renata rita rosa rosemary ruth sabine sahra salma
    samantha samia sandra sandrine sanna sara sarah saskia selin severine shirin signe sigrid silke silvia
    simone smriti sofia sonia sophia sophie steffi stella susan susanne sushma suzanne svenja svetlana sylvie
    tamara tanya tatiana tatyana teresa theresa tina ulla ulrike ursula valentina valerie vanessa vera
    veronica veronika veronique victoria viktoria violeta virginia wangari wendy winnie ximena yasmin yasmine
    yekaterina yoko yuko yulia yuliya zahra zainab zeinab zeynep zoe zuzana
    tessa whitney marisol jenna lita becky beth betty bonnie brenda carla carmen carol cathy cheryl cindy
    colleen connie crystal dawn debbie denise diane dianne doris edith eileen elaine eleanor erica
    erin gail gina gwen hazel holly jeanne jenny joanne jodie josie judy kate kathy kristen kristin kylie lana
    lara leah lily lois lorraine lydia madeleine maggie marcia margaret marian marilyn marjorie marlene
    maureen melissa meredith molly natalie nell nicola nora norma pam pamela patricia peggy phyllis rachael
    raquel regina renee rhonda roberta rose roxanne sally sharon sheila shelley shirley sienna stacy stephanie
    sue sylvia tammy tara tiffany trisha valeria vivian wanda yvonne zara aurora begona blanca camila catalina
    constanza elisa esperanza guadalupe isabela jimena josefina juana lourdes luciana marcela maribel marisa
    mercedes milagros nuria paloma pilar rocio soledad yolanda agnieszka aleksandra dorota ewa justyna
    karolina malgorzata urszula zofia oksana halyna iryna kateryna liudmyla mariia nataliia olha tetiana
    khrystyna aylin derya esra hatice merve ozlem amira dalia hala hanan huda maha manal mona nawal rana
    rasha reem rima salwa samira suad wafa zeina ama abena akosua efua adwoa yaa amaka chiamaka chinwe nneka
    funke kemi yetunde wanjiru wambui akinyi achieng njeri anjali deepika kavita lakshmi meena neha pooja
    preeti rekha sunita swati shreya yumiko naoko sachiko tomoko haruka aiko rachelle marites salimata
    fatimata rasmata katrin katja kristiina yael tamar
    fiona siobhan aoife niamh sinead orla roisin grainne eimear sile maire mairead catriona morag kirsty ailsa
    """
)


_SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def _plain(word: str) -> str:
    """Lower case without accents: "Aurélien" is listed as "aurelien"."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def is_given_name(word: str) -> bool:
    return _plain(word) in _MALE or _plain(word) in _FEMALE


def given_name_gender(name: str) -> str | None:
    """"m", "f" or None from the first word of a person's full name ("Ivan Petrov" → "m"); a lone word
    may be a surname ("Martin", "Hassan"), which tells nothing."""
    words = name.split()
    if len(words) < 2:
        return None
    if len(words) == 2 and _SYLLABLE_PAIR.fullmatch(words[1]):
        return None  # "Lee Pei-shan": a Chinese or Korean name puts the family name first, and "Lee" tells nothing
    first = _plain(words[0])
    if first in _MALE:
        return "m"
    if first in _FEMALE:
        return "f"
    return None
