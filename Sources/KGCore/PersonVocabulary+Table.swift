extension PersonVocabulary {
    /// `title gender(m|f|-) kind(courtesy|rank)`: words before a name that mark a person and are not part of the
    /// name. Courtesy titles are how news refers back to someone by surname ("Mr Novak"); rank titles mark
    /// a person without implying that. Lookups ignore case, diacritics and a final full stop.
    static let titleSource = """
        # title gender kind
        mr m courtesy
        mrs f courtesy
        ms f courtesy
        miss f courtesy
        mx - courtesy
        messrs - courtesy
        sir m courtesy
        dame f courtesy
        lord m courtesy
        lady f courtesy
        baroness f courtesy
        baron m courtesy
        dr - courtesy
        prof - courtesy
        rev - courtesy
        fr m courtesy
        herr m courtesy
        frau f courtesy
        monsieur m courtesy
        madame f courtesy
        mme f courtesy
        mlle f courtesy
        senor m courtesy
        senora f courtesy
        gen - rank
        lt - rank
        col - rank
        maj - rank
        capt - rank
        cpt - rank
        sgt - rank
        cpl - rank
        pte - rank
        adm - rank
        cmdr - rank
        brig - rank
        rep - rank
        sen - rank
        gov - rank
        pres - rank
        supt - rank
        insp - rank
        det - rank
        cllr - rank
        hon - rank
        sheikh m rank
        ayatollah m rank
        """

    /// `pronoun gender(m|f|-) number(sg|pl|-)`: the pronouns coreference resolves, with what they agree with.
    /// "sg" with a gender refers to one person; "it" is singular but never a person.
    static let pronounSource = """
        # pronoun gender number
        he m sg
        him m sg
        his m sg
        himself m sg
        she f sg
        her f sg
        hers f sg
        herself f sg
        it - -
        its - -
        itself - -
        they - pl
        them - pl
        their - pl
        theirs - pl
        themselves - pl
        we - pl
        us - pl
        our - pl
        """

    /// Common given names, women's: comma-separated, diacritics and case ignored. A name in both lists is
    /// taken to tell nothing.
    static let femaleNameSource = """
        Anna, Anne, Ann, Angela, Theresa, Teresa, Hillary, Nicola, Marine, Ursula, Kamala, Nancy, Elizabeth, \
        Mary, Maria, Marie, Margaret, Catherine, Katherine, Kate, Sarah, Sara, Susan, Jane, Janet, Julia, Julie, \
        Laura, Linda, Lisa, Michelle, Melania, Ivanka, Elena, Helen, Helena, Olga, Irina, Natalia, Natalya, \
        Tatiana, Tatyana, Svetlana, Yulia, Yuliya, Ekaterina, Yekaterina, Valentina, Lyudmila, Ludmila, Galina, \
        Maria, Mariya, Oksana, Iryna, Nadia, Nadezhda, Alina, Anastasia, Sophie, Sophia, Sofia, Emma, Emily, \
        Charlotte, Claire, Clare, Christine, Christina, Caroline, Catriona, Frances, Fiona, Joanna, Joan, Judith, \
        Karen, Kathleen, Kelly, Louise, Lucy, Martha, Mairead, Niamh, Nicole, Patricia, Rachel, Rebecca, Ruth, \
        Sally, Samantha, Sandra, Sharon, Sinead, Siobhan, Stephanie, Victoria, Amber, Andrea, Arlene, Barbara, \
        Betsy, Carrie, Carla, Diane, Dianne, Elaine, Eva, Federica, Gina, Heather, Heidi, Jacinda, \
        Jennifer, Jessica, Jill, Kellyanne, Kirsten, Leanne, Liz, Lynne, Mary-Lou, Megan, Nikki, Penny, \
        Priti, Rosa, Rose, Sahra, Sabine, Suella, Tulsi, Yvette, Zeynep, Benazir, Golda, Indira, \
        Yingluck, Ayesha, Fatima, Aisha, Leila, Layla, Maryam, Mariam, Noor, Yasmin, Beata, \
        Dilma, Cristina, Michelle, Ségolène, Christiane, Annegret, Frauke, Katarina, Agnieszka, Dalia, Kersti, \
        Kaja, Zuzana, Mette, Sanna, Magdalena, Ewa, Jacqueline, Madeleine, Condoleezza, Samantha, Nikki, Valerie
        """

    /// Common given names, men's (see `femaleNameSource`).
    static let maleNameSource = """
        John, James, Robert, Michael, William, David, Richard, Joseph, Thomas, Charles, Christopher, Daniel, \
        Matthew, Anthony, Mark, Donald, Steven, Stephen, Paul, Andrew, Joshua, Kenneth, Kevin, Brian, George, \
        Edward, Ronald, Timothy, Jason, Jeffrey, Ryan, Jacob, Gary, Nicholas, Eric, Jonathan, Larry, Justin, \
        Scott, Brandon, Benjamin, Samuel, Frank, Gregory, Raymond, Alexander, Patrick, Jack, Dennis, Jerry, \
        Tyler, Aaron, Jose, Adam, Henry, Nathan, Douglas, Zachary, Peter, Kyle, Walter, Ethan, Jeremy, Harold, \
        Keith, Christian, Roger, Noah, Gerald, Carl, Terry, Sean, Austin, Arthur, Lawrence, Jesse, Dylan, Bryan, \
        Joe, Jordan, Billy, Bruce, Albert, Willie, Gabriel, Logan, Alan, Juan, Wayne, Roy, Ralph, Randy, Eugene, \
        Vincent, Russell, Elijah, Louis, Bobby, Philip, Phillip, Johnny, Mike, Bill, Barack, Vladimir, Sergei, \
        Sergey, Dmitri, Dmitry, Dmitriy, Alexei, Alexey, Aleksei, Aleksey, Aleksandr, Alexandr, Mikhail, Nikolai, \
        Nikolay, Igor, Ivan, Yuri, Yury, Viktor, Victor, Vitaly, Vitali, Andrei, Andrey, Boris, Pyotr, Petr, \
        Oleg, Maxim, Ramzan, Grigory, Georgy, Valery, Gennady, Konstantin, Leonid, Evgeny, Yevgeny, Anatoly, \
        Volodymyr, Petro, Arseniy, Arseny, Vitali, Emmanuel, Francois, Nicolas, Jacques, Jean-Claude, Olaf, \
        Helmut, Gerhard, Frank-Walter, Sigmar, Wolfgang, Horst, Martin, Heiko, Markus, Jens, Mario, Matteo, \
        Silvio, Giuseppe, Sergio, Enzo, Mariano, Pedro, Pablo, Carlos, Luis, Antonio, Manuel, Jair, Luiz, \
        Mauricio, Nicolas, Hugo, Fidel, Raul, Recep, Ahmet, Mevlut, Binali, Hassan, Hossein, Mohammad, Mohammed, \
        Muhammad, Ali, Javad, Bashar, Abdel, Abdul, Ahmed, Omar, Osama, Benjamin, Binyamin, Avigdor, Naftali, \
        Yair, Mahmoud, Salman, Narendra, Rahul, Imran, Nawaz, Shinzo, Fumio, \
        Rodrigo, Joko, Justin, Malcolm, Scott, Tony, Kevin, Theo, Boris, Jeremy, Keir, Rishi, Gordon, Nigel, \
        Jeremy, Enda, Leo, Micheal, Gerry, Martin, Simon, Charlie, Rex, Mike, Jim, Ted, Marco, Bernie, Chuck, \
        Mitch, Rand, Jared, Steve, Sean, Reince, Jeff, Rudy, Hunter, Beto, Pete, Cory, Lloyd, \
        Antony, Jake, Dick, Colin, Rupert, Elon, Mark, Tim, Satya, Sundar, Warren, Jamie
        """
}
